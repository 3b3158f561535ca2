using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

/// <summary>graphql-js's "return types must be unambiguous" cases: shapes must agree even where parents exclude each other.</summary>
public class OverlappingFieldReturnTypeTests() : RuleTests(new OverlappingFieldsCanBeMergedRule(), Schema)
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly Schema Schema = SdlSchema.Build("""
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """);

    [Theory]
    [InlineData("{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }")]
    [InlineData("{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }")]
    [InlineData("{ someBox { ...on NonNullStringBox1 { scalar } ...on NonNullStringBox2 { scalar } } }")]
    [InlineData("{ a ... { a } }")]
    [InlineData("{ someBox { ...on UnknownType { scalar } ...on NonNullStringBox2 { scalar } } }")]
    public void CompatibleShapesAreFine(string query) => ExpectValid(query);

    [Fact]
    public void DifferentScalarsOnPossiblyOverlappingTypesAreReported() => ExpectErrors("""

              {
                someBox {
                  ...on IntBox {
                    scalar
                  }
                  ...on NonNullStringBox1 {
                    scalar
                  }
                }
              }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\"." + UseAliases, (5, 13), (8, 13)));

    [Fact]
    public void DifferentScalarsAreReportedEvenOnExclusiveTypes() => ExpectErrors("""

              {
                someBox {
                  ... on IntBox {
                    scalar
                  }
                  ... on StringBox {
                    scalar
                  }
                }
              }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"." + UseAliases, (5, 13), (8, 13)));

    [Fact]
    public void DifferentNullabilityIsReported() => ExpectErrors("""

              {
                someBox {
                  ... on NonNullStringBox1 {
                    scalar
                  }
                  ... on StringBox {
                    scalar
                  }
                }
              }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\"." + UseAliases, (5, 13), (8, 13)));

    [Fact]
    public void AListAgainstASingleValueIsReported() => ExpectErrors("""

              {
                someBox {
                  ... on IntBox {
                    box: listStringBox {
                      scalar
                    }
                  }
                  ... on StringBox {
                    box: stringBox {
                      scalar
                    }
                  }
                }
              }
        """,
        Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\"." + UseAliases, (5, 13), (10, 13)));

    [Fact]
    public void DifferentSubfieldsUnderOneParentAreReported() => ExpectErrors("""

              {
                someBox {
                  ... on IntBox {
                    box: stringBox {
                      val: scalar
                      val: unrelatedField
                    }
                  }
                  ... on StringBox {
                    box: stringBox {
                      val: scalar
                    }
                  }
                }
              }
        """,
        Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields." + UseAliases, (6, 15), (7, 15)));

    [Fact]
    public void DeepDifferentReturnTypesAreReported() => ExpectErrors("""

              {
                someBox {
                  ... on IntBox {
                    box: stringBox {
                      scalar
                    }
                  }
                  ... on StringBox {
                    box: intBox {
                      scalar
                    }
                  }
                }
              }
        """,
        Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\"." + UseAliases,
            (5, 13), (6, 15), (10, 13), (11, 15)));

    [Fact]
    public void FragmentPairsComparedAsExclusiveAreComparedAgainWhereTheyAreNot() => ExpectErrors("""

              {
                someBox {
                  ... on IntBox {
                    deepBox {
                      ...X
                    }
                  }
                }
                someBox {
                  ... on StringBox {
                    deepBox {
                      ...Y
                    }
                  }
                }
                memoed: someBox {
                  ... on IntBox {
                    deepBox {
                      ...X
                    }
                  }
                }
                memoed: someBox {
                  ... on StringBox {
                    deepBox {
                      ...Y
                    }
                  }
                }
                other: someBox {
                  ...X
                }
                other: someBox {
                  ...Y
                }
              }
              fragment X on SomeBox {
                scalar
              }
              fragment Y on SomeBox {
                scalar: unrelatedField
              }
        """,
        Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields." + UseAliases,
            (31, 9), (39, 9), (34, 9), (42, 9)));

    [Fact]
    public void DeepTypesThroughListsAndFragmentsAreCompared() => ExpectErrors("""

              {
                connection {
                  ...edgeID
                  edges {
                    node {
                      id: name
                    }
                  }
                }
              }

              fragment edgeID on Connection {
                edges {
                  node {
                    id
                  }
                }
              }
        """,
        Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields." + UseAliases,
            (5, 11), (6, 13), (7, 15), (14, 9), (15, 11), (16, 13)));
}
