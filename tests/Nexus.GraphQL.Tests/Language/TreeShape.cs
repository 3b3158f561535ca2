using System.Text;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Tests.Language;

/// <summary>A location-free rendering of a syntax tree, to compare trees parsed from different texts.</summary>
internal static class TreeShape
{
    public static string Of(SyntaxNode root)
    {
        var builder = new StringBuilder();
        SyntaxWalker.Walk(root, new Writer(builder));
        return builder.ToString();
    }

    private sealed class Writer(StringBuilder builder) : ISyntaxVisitor
    {
        public void Enter(SyntaxNode node)
        {
            builder.Append('(').Append(node.GetType().Name);
            foreach (var property in node.GetType().GetProperties())
            {
                var value = property.GetValue(node);
                if (value is string or bool or OperationType)
                {
                    builder.Append(' ').Append(property.Name).Append('=').Append(value);
                }
            }
        }

        public void Leave(SyntaxNode node) => builder.Append(')');
    }
}
