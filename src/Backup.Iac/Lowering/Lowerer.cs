using Backup.Iac.Graph;
using Backup.Iac.Kinds;

namespace Backup.Iac.Lowering;

/// <summary>
/// Turns a validated stack into its neutral resource graph: each construct is lowered by its kind's descriptor
/// (<see cref="ResourceKinds"/>), with a <see cref="LoweringContext"/> passed down (no static state); then overrides
/// are applied and the stack's environment resolved. Defaults are applied by the kinds, once; references between
/// constructs become <see cref="ReferenceValue"/> / <see cref="AttributeValue"/>; absent optional values are omitted.
/// </summary>
internal static class Lowerer
{
    public static ResourceGraph Lower(BackupStack stack)
    {
        var context = new LoweringContext(stack);
        var resources = new List<Resource>();
        foreach (var node in stack.Descendants())
        {
            // A construct without a kind (a stack, an app...) is not a resource: the kinds tests keep that list short and explicit.
            if (ResourceKinds.Of(node) is { } kind)
            {
                resources.AddRange(kind.Lower(node, context));
            }
        }

        resources = Overrides.Apply(stack, resources);
        // One walk resolves the environment and collects the parameters (in the order a walk of the resolved values meets them).
        var parameters = new SortedDictionary<string, Parameter>(StringComparer.Ordinal);
        var resolved = new List<Resource>(resources.Count);
        foreach (var resource in resources)
        {
            var properties = (MapValue)Environment(resource.Properties, stack, parameters);
            resolved.Add(ReferenceEquals(properties, resource.Properties) ? resource : resource with { Properties = properties });
        }

        return new ResourceGraph(stack.StackName, [.. resolved.OrderBy(r => r.LogicalId, StringComparer.Ordinal)])
        {
            Description = stack.Props.Description,
            Region = stack.Region,
            Parameters = [.. parameters.Values],
        };
    }

    /// <summary>
    /// Replaces the stack's Region and account with their literal values when the stack names them (as the CDK does
    /// for an environment-specific stack) and merges adjacent literal parts of joins. A list or map with nothing to
    /// resolve (no pseudo parameter, no join to merge, no null to drop) is returned as it is; each value is visited
    /// once. The parameters met in the result are added to <paramref name="found"/> (the first declaration of a name wins).
    /// </summary>
    private static Value Environment(Value value, BackupStack stack, SortedDictionary<string, Parameter> found)
    {
        switch (value)
        {
            case PseudoParameterValue { Name: PseudoParameters.Region } when stack.Region is { } region:
                return new StringValue(region);
            case PseudoParameterValue { Name: PseudoParameters.AccountId } when stack.Account is { } account:
                return new StringValue(account);
            case ParameterValue p:
                found.TryAdd(p.Declaration.Name, p.Declaration);
                return p;
            case JoinValue join:
            {
                var parts = new Value[join.Parts.Length];
                var same = parts.Length != 1;
                for (var i = 0; i < parts.Length; i++)
                {
                    var part = join.Parts[i];
                    parts[i] = part is null ? part! : Environment(part, stack, found);
                    same = same && ReferenceEquals(parts[i], part) && !(i > 0 && parts[i] is StringValue && parts[i - 1] is StringValue);
                }

                // Nothing resolved and no adjacent literals to merge: the same join (so an enclosing map is kept too).
                return same ? join : Merge(parts);
            }

            case ListValue list:
            {
                Value[]? items = null;
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var item = list.Items[i];
                    var resolvedItem = item is null ? item! : Environment(item, stack, found);
                    if (items is null && (item is null || !ReferenceEquals(resolvedItem, item)))
                    {
                        items = new Value[list.Items.Length];
                        list.Items.CopyTo(0, items, 0, i);
                    }

                    if (items is not null)
                    {
                        items[i] = resolvedItem;
                    }
                }

                return items is null ? list : new ListValue([.. items]);
            }

            case MapValue map:
            {
                KeyValuePair<string, Value?>[]? entries = null;
                var i = 0;
                foreach (var (key, entry) in map.Entries)
                {
                    var resolvedEntry = entry is null ? null : Environment(entry, stack, found);
                    if (entries is null && (entry is null || !ReferenceEquals(resolvedEntry, entry)))
                    {
                        entries = new KeyValuePair<string, Value?>[map.Entries.Count];
                        var j = 0;
                        foreach (var (earlierKey, earlier) in map.Entries)
                        {
                            if (j == i)
                            {
                                break;
                            }

                            entries[j++] = new(earlierKey, earlier);
                        }
                    }

                    if (entries is not null)
                    {
                        entries[i] = new(key, resolvedEntry);
                    }

                    i++;
                }

                // Nothing to resolve: the same map (rebuilding an unchanged sorted map was a third of lowering).
                return entries is null ? map : MapValue.Of(entries);
            }

            default:
                return value;
        }
    }

    private static Value Merge(IEnumerable<Value> parts)
    {
        var merged = new List<Value>();
        foreach (var part in parts)
        {
            if (part is StringValue s && merged.Count > 0 && merged[^1] is StringValue previous)
            {
                merged[^1] = new StringValue(previous.Text + s.Text);
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged.Count == 1 ? merged[0] : new JoinValue([.. merged]);
    }
}
