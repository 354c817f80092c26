using Condor.Web.Cli;
using Condor.Web.Security;

namespace Condor.Tests.Web;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_SamePassword_True_OtherPassword_False()
    {
        var hash = PasswordHasher.Hash("a long enough password");

        Assert.True(PasswordHasher.Verify("a long enough password", hash));
        Assert.False(PasswordHasher.Verify("a long enough passwork", hash));
    }

    [Fact]
    public void Hash_SamePasswordTwice_DifferentSalts()
    {
        Assert.NotEqual(PasswordHasher.Hash("same password"), PasswordHasher.Hash("same password"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$10$AAAAAAAAAAA=$AAAA")]
    [InlineData("pbkdf2-sha256$210000$not base64$also not")]
    public void Verify_MalformedHash_FalseNotThrow(string encoded)
    {
        Assert.False(PasswordHasher.IsWellFormed(encoded));
        Assert.False(PasswordHasher.Verify("anything", encoded));
    }

    [Fact]
    public void HashPasswordCommand_PasswordOnStdin_PrintsVerifiableHashOnly()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CommandLine.TryRun(["hash-password"], new StringReader("my phone password\n"), output, error);

        var printed = output.ToString().Trim();
        Assert.Equal(0, exit);
        Assert.True(PasswordHasher.Verify("my phone password", printed));
        Assert.DoesNotContain("my phone password", output.ToString() + error, StringComparison.Ordinal);
    }

    [Fact]
    public void HashPasswordCommand_ShortPassword_FailsWithReason()
    {
        var error = new StringWriter();

        var exit = CommandLine.TryRun(["hash-password"], new StringReader("short\n"), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("at least 8", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLine_NoCommand_StartsTheWebApp() =>
        Assert.Null(CommandLine.TryRun([], TextReader.Null, TextWriter.Null, TextWriter.Null));
}
