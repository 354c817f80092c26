using Condor.Engine.Tws.Protocol;

namespace Condor.Tests.Tws.Protocol;

public sealed class FieldReaderTests
{
    [Fact]
    public void Price_EmptyField_ReadsZero() => Assert.Equal(0m, new FieldReader([""]).Price());

    [Fact]
    public void PriceMax_EmptyField_ReadsUnset() => Assert.Null(new FieldReader([""]).PriceMax());

    [Theory]
    [InlineData("1.7976931348623157E308")]
    [InlineData("1.7976931348623157E+308")]
    public void Price_MaxText_ReadsUnset(string text) => Assert.Null(new FieldReader([text]).Price());

    [Theory]
    [InlineData("")]
    [InlineData("2147483647")]
    [InlineData("9223372036854775807")]
    [InlineData("1.7976931348623157E308")]
    public void Size_UnsetForms_ReadUnset(string text) => Assert.Null(new FieldReader([text]).Size());

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("abc")]
    public void Double_NonFiniteOrJunk_Throws(string text) =>
        Assert.Throws<FormatException>(() => new FieldReader([text]).Double());

    [Fact]
    public void Int_PastTheEnd_ThrowsNamingTheField()
    {
        var reader = new FieldReader(["1"]);
        reader.Int();

        var error = Assert.Throws<FormatException>(() => reader.Int());

        Assert.Contains("field 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void End_UnreadFields_Throws()
    {
        var reader = new FieldReader(["1", "2"]);
        reader.Int();

        Assert.Throws<FormatException>(reader.End);
    }

    [Fact]
    public void DecimalText_KeepsScale_SoItWritesBackTheSameText()
    {
        var value = new FieldReader(["4515.0"]).DecimalText();

        Assert.Equal("4515.0", new FieldWriter().DecimalTextOrGatewayMax(value).Fields[0]);
    }

    [Theory]
    [InlineData(-4.85, "-4.85")]
    [InlineData(5750, "5750")]
    [InlineData(0, "0")]
    public void Price_Writer_UsesShortestRoundTripForm(double value, string expected) =>
        Assert.Equal(expected, new FieldWriter().Price((decimal)value).Fields[0]);

    [Fact]
    public void UnsetWriters_WriteEachSidesSentinel()
    {
        var fields = new FieldWriter().PriceOrEmpty(null).PriceOrClientMax(null).PriceOrGatewayMax(null).IntOrMax(null).Fields;

        Assert.Equal(["", "1.7976931348623157E+308", "1.7976931348623157E308", "2147483647"], fields);
    }

    [Fact]
    public void Unescape_UnicodeEscape_BecomesTheCharacter() =>
        Assert.Equal("Prix \u00e9lev\u00e9", TwsText.Unescape("Prix \\u00e9lev\\u00E9"));

    [Fact]
    public void Escape_NonAscii_RoundTripsThroughUnescape() =>
        Assert.Equal("d\u00e9j\u00e0", TwsText.Unescape(TwsText.Escape("d\u00e9j\u00e0")));
}
