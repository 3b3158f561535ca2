using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2: every type named in type conditions and variable definitions exists in the schema.</summary>
public sealed class KnownTypeNamesRule() : ValidationRule(context => new Visitor(context))
{
    private static readonly string[] StandardTypeNames =
        [.. BuiltInScalars.All.Select(t => t.Name), .. Introspection.IntrospectionTypes.All.Select(t => t.Name)];

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _defined =
            [.. context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];

        private int _typeSystemDepth;

        public override void Enter(SyntaxNode node)
        {
            if (node is TypeSystemNode)
            {
                _typeSystemDepth++;
            }

            if (node is not NamedTypeNode named)
            {
                return;
            }

            var name = named.Name.Value;
            if (Context.Schema.GetType(name) is not null || _defined.Contains(name))
            {
                return;
            }

            // Type system definitions (reported by ExecutableDefinitions) may use the standard types even when the schema omits them.
            var isSdl = _typeSystemDepth > 0;
            if (isSdl && StandardTypeNames.Contains(name))
            {
                return;
            }

            var options = isSdl ? StandardTypeNames.Concat(Context.Schema.Types.Keys).Concat(_defined) : Context.Schema.Types.Keys.Concat(_defined);
            Context.ReportError($"Unknown type \"{name}\".{Suggestions.DidYouMean(Suggestions.List(name, options.Distinct()))}", named);
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is TypeSystemNode)
            {
                _typeSystemDepth--;
            }
        }
    }
}
