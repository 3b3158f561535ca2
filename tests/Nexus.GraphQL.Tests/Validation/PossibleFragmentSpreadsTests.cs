using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class PossibleFragmentSpreadsTests() : RuleTests(new PossibleFragmentSpreadsRule(), Schema)
{
    // graphql-js's own schema for this rule: overlapping and disjoint interfaces and unions.
    private static readonly Schema Schema = SdlSchema.Build("""
        interface Being { name: String }
        interface Pet implements Being { name: String }
        type Dog implements Being & Pet { name: String barkVolume: Int }
        type Cat implements Being & Pet { name: String meowVolume: Int }
        union CatOrDog = Cat | Dog
        interface Intelligent { iq: Int }
        type Human implements Being & Intelligent { name: String pets: [Pet] iq: Int }
        type Alien implements Being & Intelligent { name: String iq: Int }
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        type Query { catOrDog: CatOrDog dogOrHuman: DogOrHuman humanOrAlien: HumanOrAlien }
        """);

    [Theory]
    [InlineData("fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }")]
    [InlineData("fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment objectWithinUnion on CatOrDog { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment unionWithinObject on Dog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }")]
    [InlineData("fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }")]
    [InlineData("fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }")]
    [InlineData("fragment interfaceWithinObject on Dog { ...petFragment } fragment petFragment on Pet { name }")]
    [InlineData("fragment interfaceWithinInterface on Pet { ...beingFragment } fragment beingFragment on Being { name }")]
    [InlineData("fragment interfaceWithinInterface on Pet { ... on Being { name } }")]
    [InlineData("fragment interfaceWithinUnion on CatOrDog { ...petFragment } fragment petFragment on Pet { name }")]
    [InlineData("fragment petFragment on Pet { ...badInADifferentWay } fragment badInADifferentWay on String { name }")]
    [InlineData("fragment petFragment on Pet { ...UnknownFragment }")]
    public void SpreadsThatSomeObjectCouldSatisfyAreFine(string query) => ExpectValid(query);

    [Fact]
    public void ADifferentObjectIntoAnObjectIsReported() => ExpectErrors("""

              fragment invalidObjectWithinObject on Cat { ...dogFragment }
              fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)));

    [Fact]
    public void ADifferentObjectInAnInlineFragmentIsReported() => ExpectErrors("""

              fragment invalidObjectWithinObjectAnon on Cat {
                ... on Dog { barkVolume }
              }
        """,
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)));

    [Fact]
    public void AnObjectIntoAnInterfaceItDoesNotImplementIsReported() => ExpectErrors("""

              fragment invalidObjectWithinInterface on Pet { ...humanFragment }
              fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)));

    [Fact]
    public void AnObjectIntoAUnionWithoutItIsReported() => ExpectErrors("""

              fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
              fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)));

    [Fact]
    public void AUnionIntoAnObjectItDoesNotContainIsReported() => ExpectErrors("""

              fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
              fragment catOrDogFragment on CatOrDog { __typename }
        """,
        Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)));

    [Fact]
    public void AUnionIntoADisjointInterfaceIsReported() => ExpectErrors("""

              fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
              fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (2, 53)));

    [Fact]
    public void AUnionIntoADisjointUnionIsReported() => ExpectErrors("""

              fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
              fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (2, 54)));

    [Fact]
    public void AnInterfaceIntoAnObjectNotImplementingItIsReported() => ExpectErrors("""

              fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
              fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (2, 54)));

    [Fact]
    public void AnInterfaceIntoADisjointInterfaceIsReported() => ExpectErrors("""

              fragment invalidInterfaceWithinInterface on Pet {
                ...intelligentFragment
              }
              fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    [Fact]
    public void AnInlineInterfaceIntoADisjointInterfaceIsReported() => ExpectErrors("""

              fragment invalidInterfaceWithinInterfaceAnon on Pet {
                ...on Intelligent { iq }
              }
        """,
        Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    [Fact]
    public void AnInterfaceIntoADisjointUnionIsReported() => ExpectErrors("""

              fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
              fragment petFragment on Pet { name }
        """,
        Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (2, 62)));
}
