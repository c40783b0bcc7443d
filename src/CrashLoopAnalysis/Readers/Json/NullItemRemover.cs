using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Drops the null items of the lists and maps of Kubernetes objects (<c>IList&lt;V1Volume&gt;</c>,
/// <c>IDictionary&lt;string, ResourceQuantity&gt;</c>): <c>"volumes": [null]</c> or <c>"limits": {"memory": null}</c> in a
/// hand-edited capture must not reach code that trusts every item to be there. It wraps the setter of each such
/// property, so the serializer still reads the collection on its own fast path and the items are checked once.
/// </summary>
internal static class NullItemRemover
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is { } set && Applies(property.PropertyType))
            {
                property.Set = (target, value) => set(target, Clean(value));
            }
        }
    }

    private static bool Applies(Type type)
    {
        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var args = type.GetGenericArguments();
        return (definition == typeof(IList<>) && !args[0].IsValueType)
            || (definition == typeof(IDictionary<,>) && args[0] == typeof(string) && !args[1].IsValueType);
    }

    private static object? Clean(object? value)
    {
        switch (value)
        {
            case IList list:
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is null)
                    {
                        list.RemoveAt(i);
                    }
                }

                break;
            case IDictionary map:
                List<object>? empty = null;
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Value is null)
                    {
                        (empty ??= []).Add(entry.Key);
                    }
                }

                foreach (var key in empty ?? [])
                {
                    map.Remove(key);
                }

                break;
            default:
                break;
        }

        return value;
    }
}
