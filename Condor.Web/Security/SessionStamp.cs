using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Condor.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// What makes a login cookie valid besides its signature: a random stamp kept in <c>&lt;DataDirectory&gt;/keys</c>
/// (so a restart keeps the owner logged in) and a fingerprint of the configured password hash. Every request checks
/// both; logging out replaces the stamp, which ends every session issued before (a copied cookie included), and a
/// new password changes the fingerprint, which does the same.
/// </summary>
internal sealed class SessionStamp(IOptions<CondorOptions> condor)
{
    public const string ClaimType = "condor:session";

    private readonly Lock _gate = new();
    private string? _current;

    private string FilePath => Path.Combine(Path.GetFullPath(condor.Value.DataDirectory), "keys", "session-stamp");

    public Claim ClaimFor(string passwordHash) => new(ClaimType, Value(passwordHash));

    public bool IsCurrent(ClaimsPrincipal user, string? passwordHash)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(passwordHash) || user.FindFirst(ClaimType)?.Value is not { } presented)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value(passwordHash)));
    }

    /// <summary>Ends every session issued so far.</summary>
    public void Rotate()
    {
        lock (_gate)
        {
            _current = Write(NewStamp());
        }
    }

    private string Value(string passwordHash)
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)))[..16];
        return $"{Current()}.{fingerprint}";
    }

    private string Current()
    {
        lock (_gate)
        {
            if (_current is null)
            {
                var path = FilePath;
                _current = File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } stored ? stored : Write(NewStamp());
            }

            return _current;
        }
    }

    private string Write(string stamp)
    {
        var path = FilePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".new";
        File.WriteAllText(temporary, stamp);
        File.Move(temporary, path, overwrite: true);
        return stamp;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
}
