using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation;

/// <summary>One rule of spec section 5: creates a visitor that reports errors to the context while the document is walked.</summary>
public interface IValidationRule
{
    ISyntaxVisitor CreateVisitor(ValidationContext context);
}

/// <summary>Base for rules whose visitor is created per document: <c>public sealed class MyRule() : ValidationRule(c =&gt; new Visitor(c))</c>.</summary>
public abstract class ValidationRule(Func<ValidationContext, ISyntaxVisitor> createVisitor) : IValidationRule
{
    public ISyntaxVisitor CreateVisitor(ValidationContext context) => createVisitor(context);
}

/// <summary>Convenience base for rule visitors that only care about some nodes.</summary>
public abstract class ValidationVisitor(ValidationContext context) : ISyntaxVisitor
{
    protected ValidationContext Context { get; } = context;

    public virtual void Enter(SyntaxNode node)
    {
    }

    public virtual void Leave(SyntaxNode node)
    {
    }
}
