using System.Globalization;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>The part both decoders share: message-id dispatch and turning bad input into results.</summary>
internal static class DecoderCore
{
    public static DecodeOutcome Decode<T>(
        IReadOnlyList<string>? fields, IReadOnlyDictionary<int, Func<FieldReader, T>> readers, Func<T, DecodeOutcome> wrap)
    {
        if (fields is null || fields.Count == 0)
        {
            return new MalformedMessage(string.Empty, "The message has no fields.", fields ?? []);
        }

        var id = fields[0];
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId))
        {
            return new MalformedMessage(id, "The message id is not a number.", fields);
        }

        if (!readers.TryGetValue(messageId, out var read))
        {
            return new UnknownMessage(id, fields);
        }

        return Read(id, fields, read, wrap);
    }

    /// <summary>Reads one whole message with <paramref name="read"/>; bad input becomes a <see cref="MalformedMessage"/>.</summary>
    public static DecodeOutcome Read<T>(
        string messageId, IReadOnlyList<string> fields, Func<FieldReader, T> read, Func<T, DecodeOutcome> wrap)
    {
        try
        {
            var reader = new FieldReader(fields);
            var message = read(reader);
            reader.End();
            return wrap(message);
        }
        catch (FormatException e)
        {
            return new MalformedMessage(messageId, e.Message, fields);
        }
        catch (OverflowException e)
        {
            return new MalformedMessage(messageId, e.Message, fields);
        }
    }

    /// <summary>Splits a frame body first; a body that is not NUL-terminated is malformed.</summary>
    public static DecodeOutcome DecodeBody(ReadOnlySpan<byte> body, Func<IReadOnlyList<string>, DecodeOutcome> decode)
    {
        string[] fields;
        try
        {
            fields = Frame.DecodeBody(body);
        }
        catch (FormatException e)
        {
            return new MalformedMessage(string.Empty, e.Message, []);
        }

        return decode(fields);
    }
}
