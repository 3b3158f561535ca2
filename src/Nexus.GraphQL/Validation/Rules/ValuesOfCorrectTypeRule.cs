using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1, 5.6.2 and 5.6.4: literal values fit the input type expected where they are written: known input fields, required ones given, @oneOf objects with exactly one non-null field.</summary>
public sealed class ValuesOfCorrectTypeRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // A list or object literal that is wrong as a whole is reported once; its contents are not checked.
        private SyntaxNode? _skipped;

        private TypeInfo TypeInfo => Context.TypeInfo;

        public override void Enter(SyntaxNode node)
        {
            if (_skipped is not null)
            {
                return;
            }

            switch (node)
            {
                case ListValueNode list when TypeInfo.ParentInputType?.Nullable is not ListType:
                    CheckLeafValue(list);
                    _skipped = list;
                    break;
                case ObjectValueNode obj when TypeInfo.InputType?.Named is not InputObjectType:
                    CheckLeafValue(obj);
                    _skipped = obj;
                    break;
                case ObjectValueNode obj:
                    CheckObject(obj, (InputObjectType)TypeInfo.InputType!.Named);
                    break;
                case ObjectFieldNode field when TypeInfo.InputType is null && TypeInfo.ParentInputType?.Named is InputObjectType parent:
                    var hint = Suggestions.DidYouMean(Suggestions.List(field.Name.Value, parent.Fields.Keys));
                    Context.ReportError($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\".{hint}", field);
                    break;
                case NullValueNode when TypeInfo.InputType is NonNullType type:
                    Context.ReportError($"Expected value of type \"{type}\", found null.", node);
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((ValueNode)node);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (ReferenceEquals(node, _skipped))
            {
                _skipped = null;
            }
        }

        private void CheckObject(ObjectValueNode obj, InputObjectType type)
        {
            var given = obj.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.Last());
            foreach (var field in type.Fields.Values.Where(f => f.Type is NonNullType && !f.HasDefaultValue && !given.ContainsKey(f.Name)))
            {
                Context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }

            if (type.IsOneOf)
            {
                CheckOneOf(obj, type, given);
            }
        }

        private void CheckOneOf(ObjectValueNode obj, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
        {
            if (given.Count != 1)
            {
                Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
                return;
            }

            // A nullable variable as the one field is VariablesInAllowedPosition's to report (as in graphql-js 16.10+).
            var (name, field) = given.First();
            if (field.Value is NullValueNode)
            {
                Context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", obj);
            }
        }

        private void CheckLeafValue(ValueNode value)
        {
            if (TypeInfo.InputType is not { } locationType)
            {
                return;
            }

            var literal = Printer.Print(value);
            switch (locationType.Named)
            {
                case EnumType enumType:
                    CheckEnumValue(value, enumType, literal);
                    break;
                case ScalarType scalar:
                    try
                    {
                        scalar.ParseLiteral(value);
                    }
                    catch (Exception error)
                    {
                        // The specified scalars' messages stand alone; a custom scalar's reason follows the generic message.
                        Context.ReportError(scalar.IsSpecified
                            ? error.Message
                            : $"Expected value of type \"{locationType}\", found {literal}; {error.Message}", value);
                    }

                    break;
                default:
                    Context.ReportError($"Expected value of type \"{locationType}\", found {literal}.", value);
                    break;
            }
        }

        private void CheckEnumValue(ValueNode value, EnumType enumType, string literal)
        {
            var hint = Suggestions.DidYouMean(Suggestions.List(literal, enumType.Values.Keys), "the enum value");
            if (value is not EnumValueNode enumValue)
            {
                Context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {literal}.{hint}", value);
            }
            else if (!enumType.Values.ContainsKey(enumValue.Value))
            {
                Context.ReportError($"Value \"{literal}\" does not exist in \"{enumType.Name}\" enum.{hint}", value);
            }
        }
    }
}
