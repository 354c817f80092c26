using System.Globalization;
using System.Text;

namespace Condor.Engine.Tws.Protocol;

/// <summary>The <c>\uXXXX</c> escapes IB uses for non-ASCII characters in error texts.</summary>
internal static class TwsText
{
    public static string Unescape(string text)
    {
        if (!text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 5;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Characters outside printable ASCII written as <c>\uXXXX</c> (the wire is ASCII).</summary>
    public static string Escape(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~')
            {
                result.Append(c);
            }
            else
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return result.ToString();
    }
}
