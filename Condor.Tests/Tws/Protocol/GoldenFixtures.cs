using System.Text.Json;

namespace Condor.Tests.Tws.Protocol;

/// <summary>
/// The golden wire fixtures (Fixtures/tws-golden, copied to the test output). Loading fails loudly when the
/// folder or a file is missing or unreadable, so a broken copy can never pass as "zero cases".
/// </summary>
internal static class GoldenFixtures
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Outgoing = new(() => Load(Folder, "outgoing.json"));

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Incoming = new(() => Load(Folder, "incoming.json"));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "tws-golden");

    public static IReadOnlyDictionary<string, JsonElement> OutgoingRecords => Outgoing.Value;

    public static IReadOnlyDictionary<string, JsonElement> IncomingRecords => Incoming.Value;

    public static TheoryData<string> Names(IReadOnlyDictionary<string, JsonElement> records)
    {
        var data = new TheoryData<string>();
        foreach (var name in records.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] FrameBytes(JsonElement record) => Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);

    public static string[] Fields(JsonElement record) =>
        [.. record.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)];

    public static Dictionary<string, JsonElement> Load(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Golden fixtures missing: {path}. They are copied from Condor.Tests/Fixtures/tws-golden.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (root.GetProperty("server_version").GetInt32() != 177)
        {
            throw new InvalidDataException($"{path}: server_version is not 177.");
        }

        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var record in root.GetProperty("records").EnumerateArray())
        {
            records.Add(record.GetProperty("name").GetString()!, record.Clone());
        }

        return records.Count > 0 ? records : throw new InvalidDataException($"{path} holds no records.");
    }
}
