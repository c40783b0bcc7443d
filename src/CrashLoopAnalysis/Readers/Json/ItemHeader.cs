using System.Text.Json;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// What a quick look at an object's top levels tells: its kind, and where its message is. Objects without
/// <c>kind</c> (older bundles marshal bare arrays of pods) are recognised by their shape.
/// </summary>
internal readonly record struct ItemHeader(KubeKind Kind, int MessageOffset)
{
    public static ItemHeader Peek(ReadOnlySpan<byte> item, KubeKind hint)
    {
        string? kind = null;
        string? apiVersion = null;
        var messageOffset = -1;
        var shape = Shape.None;
        var reader = new Utf8JsonReader(item, KubeJsonOptions.ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new ItemHeader(KubeKind.Unknown, -1);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("apiVersion"u8))
                {
                    reader.Read();
                    apiVersion = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("note"u8))
                {
                    reader.Read();
                    messageOffset = (int)reader.TokenStartIndex;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("involvedObject"u8))
                {
                    shape |= Shape.InvolvedObject;
                    reader.Read();
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("regarding"u8))
                {
                    shape |= Shape.Regarding;
                    reader.Read();
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("spec"u8) || reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    shape |= PeekSection(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // The deserializer reports the exact problem; the header only guides it.
        }

        var named = KubeKinds.From(kind, apiVersion);
        if (named != KubeKind.Unknown)
        {
            return new ItemHeader(named, messageOffset);
        }

        if (hint != KubeKind.Unknown && hint != KubeKind.Other)
        {
            return new ItemHeader(hint, messageOffset);
        }

        return new ItemHeader(Guess(shape), messageOffset);
    }

    private static Shape PeekSection(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return Shape.None;
        }

        var shape = Shape.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("containers"u8))
            {
                shape |= Shape.Containers;
            }
            else if (reader.ValueTextEquals("accessModes"u8))
            {
                shape |= Shape.AccessModes;
            }
            else if (reader.ValueTextEquals("nodeInfo"u8) || reader.ValueTextEquals("podCIDR"u8) || reader.ValueTextEquals("providerID"u8))
            {
                shape |= Shape.NodeFields;
            }

            reader.Read();
            reader.Skip();
        }

        return shape;
    }

    private static KubeKind Guess(Shape shape) =>
        (shape & Shape.InvolvedObject) != 0 ? KubeKind.Event
        : (shape & Shape.Regarding) != 0 ? KubeKind.EventsV1Event
        : (shape & Shape.Containers) != 0 ? KubeKind.Pod
        : (shape & Shape.AccessModes) != 0 ? KubeKind.PersistentVolumeClaim
        : (shape & Shape.NodeFields) != 0 ? KubeKind.Node
        : KubeKind.Unknown;

    [Flags]
    private enum Shape
    {
        None = 0,
        InvolvedObject = 1,
        Regarding = 2,
        Containers = 4,
        AccessModes = 8,
        NodeFields = 16,
    }
}
