namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>Where each field of an event is in a table, for every header kubectl has printed over the years.</summary>
internal sealed record EventColumns(
    int Type, int Reason, int Message, int Source, int Age, int FirstSeen, int LastSeen, int Count,
    int Object, int Name, int Kind, int SubObject, int Namespace)
{
    public static EventColumns Of(TextTable table) => new(
        Type: table.Column("Type"),
        Reason: table.Column("Reason"),
        Message: table.Column("Message"),
        Source: table.Column("From", "Source"),
        Age: table.Column("Age"),
        FirstSeen: table.Column("FirstSeen", "FIRST SEEN"),
        LastSeen: table.Column("LastSeen", "LAST SEEN"),
        Count: table.Column("Count"),
        Object: table.Column("Object"),
        Name: table.Column("Name"),
        Kind: table.Column("Kind"),
        SubObject: table.Column("SubObjectPath", "SUBOBJECT"),
        Namespace: table.Column("Namespace"));

    /// <summary>The column that may be empty and so leave no token in a tab-separated row.</summary>
    public int Optional => SubObject >= 0 ? SubObject : Source;

    /// <summary>Whether the header names enough columns to read events from it.</summary>
    public bool IsEvents => Reason >= 0 && Message >= 0;
}
