using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Types;

/// <summary>What object and interface type builders share: fields and implemented interfaces.</summary>
public abstract class FieldsTypeBuilder<TSelf>
    where TSelf : FieldsTypeBuilder<TSelf>
{
    private readonly List<(string Name, FieldBuilder Builder)> _fields = [];
    private readonly List<string> _interfaces = [];

    internal string? TypeDescription { get; private set; }

    public TSelf Description(string description)
    {
        TypeDescription = description;
        return (TSelf)this;
    }

    public TSelf Implements(params string[] interfaceNames)
    {
        _interfaces.AddRange(interfaceNames);
        return (TSelf)this;
    }

    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var builder = new FieldBuilder(name, type);
        configure?.Invoke(builder);
        _fields.Add((name, builder));
        return (TSelf)this;
    }

    /// <summary>Shorthand for a field with a synchronous resolver.</summary>
    public TSelf Field(string name, string type, Func<ResolveContext, object?> resolve) =>
        Field(name, type, field => field.Resolve(resolve));

    internal void BuildFields(FieldsType type, TypeRegistry registry)
    {
        foreach (var interfaceName in _interfaces)
        {
            type.AddInterface(registry.Get<InterfaceType>(interfaceName, type.Name));
        }

        foreach (var (_, builder) in _fields)
        {
            type.AddField(builder.Build(registry, type.Name));
        }
    }
}

public sealed class ObjectTypeBuilder : FieldsTypeBuilder<ObjectTypeBuilder>
{
    internal IsTypeOf? TypeCheck { get; private set; }

    /// <summary>Lets interfaces and unions without a type resolver recognise values of this type.</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> isTypeOf)
    {
        TypeCheck = (value, _) => isTypeOf(value);
        return this;
    }

    /// <summary>Values of CLR type <typeparamref name="T"/> belong to this object type.</summary>
    public ObjectTypeBuilder IsTypeOf<T>() => IsTypeOf(value => value is T);
}

public sealed class InterfaceTypeBuilder : FieldsTypeBuilder<InterfaceTypeBuilder>
{
    internal ResolveAbstractType? TypeResolver { get; private set; }

    /// <summary>Returns the object type name for a runtime value.</summary>
    public InterfaceTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = (value, _) => resolveType(value);
        return this;
    }
}
