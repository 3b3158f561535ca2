using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation;

/// <summary>Runs validation rules over a document in one walk, all rules side by side (graphql-js validate()).</summary>
public static class DocumentValidator
{
    public const int DefaultMaxErrors = 100;

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo);
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToList();
        try
        {
            SyntaxWalker.Walk(document, new ParallelVisitor(typeInfo, visitors, context, maxErrors));
        }
        catch (TooManyErrorsException)
        {
            return [.. context.Errors.Take(maxErrors), new GraphQLError("Too many validation errors, error limit reached. Validation aborted.")];
        }

        return context.Errors;
    }

    private sealed class ParallelVisitor(TypeInfo typeInfo, List<ISyntaxVisitor> visitors, ValidationContext context, int maxErrors)
        : ISyntaxVisitor
    {
        public void Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);
            foreach (var visitor in visitors)
            {
                visitor.Enter(node);
            }

            context.PushAncestor(node);
            CheckLimit();
        }

        public void Leave(SyntaxNode node)
        {
            context.PopAncestor();
            foreach (var visitor in visitors)
            {
                visitor.Leave(node);
            }

            typeInfo.Leave(node);
            CheckLimit();
        }

        private void CheckLimit()
        {
            if (context.Errors.Count >= maxErrors)
            {
                throw new TooManyErrorsException();
            }
        }
    }

    private sealed class TooManyErrorsException : Exception;
}
