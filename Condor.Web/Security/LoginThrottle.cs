using Condor.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// Login attempts allowed per minute, per client address (<c>Condor:Web:LoginAttemptsPerMinute</c>) and in total over
/// all addresses (<c>Condor:Web:LoginAttemptsPerMinuteTotal</c>, so many source addresses cannot share out a guessing
/// run). Each window starts at its first attempt and lasts one minute, so a lock-out — even one an attacker causes by
/// flooding — ends at most a minute after the flood stops; an address's refused attempts do not count toward the total.
/// An address that logged in successfully during the last <c>Condor:Web:SessionHours</c> is exempt from the total
/// limit (not from its own), so a flood from elsewhere does not lock the owner's usual address out at all.
/// Runs on the wall clock whatever the mode (the rehearsal clock must not shorten it).
/// </summary>
internal sealed class LoginThrottle(IOptionsMonitor<WebOptions> web, TimeProvider wallClock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private const int TrustedAddressesKept = 16;

    private readonly Dictionary<string, Bucket> _perAddress = [];
    private readonly Dictionary<string, DateTimeOffset> _trustedUntil = [];
    private Bucket _total;

    /// <summary>Counts one attempt from <paramref name="address"/>, or refuses it with the time until it may retry.</summary>
    public LoginThrottleDecision TryAcquire(string address)
    {
        var now = wallClock.GetUtcNow();
        var options = web.CurrentValue;
        lock (_gate)
        {
            Prune(now);
            var mine = _perAddress.TryGetValue(address, out var b) && now < b.Until ? b : new Bucket(now + Window, 0);
            if (mine.Count >= options.LoginAttemptsPerMinute)
            {
                return new LoginThrottleDecision(false, mine.Until - now, "per-address");
            }

            var total = now < _total.Until ? _total : new Bucket(now + Window, 0);
            var trusted = _trustedUntil.TryGetValue(address, out var until) && now < until;
            if (!trusted && total.Count >= options.LoginAttemptsPerMinuteTotal)
            {
                return new LoginThrottleDecision(false, total.Until - now, "total");
            }

            _perAddress[address] = mine with { Count = mine.Count + 1 };
            _total = total with { Count = total.Count + 1 };
            return new LoginThrottleDecision(true, TimeSpan.Zero, null);
        }
    }

    /// <summary>Remembers an address the owner logged in from (exempt from the total limit for SessionHours).</summary>
    public void Succeeded(string address)
    {
        var until = wallClock.GetUtcNow() + TimeSpan.FromHours(web.CurrentValue.SessionHours);
        lock (_gate)
        {
            _trustedUntil[address] = until;
            while (_trustedUntil.Count > TrustedAddressesKept)
            {
                _trustedUntil.Remove(_trustedUntil.MinBy(t => t.Value).Key);
            }
        }
    }

    /// <summary>Forgets finished windows (at most LoginAttemptsPerMinuteTotal addresses are kept per minute).</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _perAddress.Where(p => p.Value.Until <= now).Select(p => p.Key).ToList())
        {
            _perAddress.Remove(key);
        }
    }

    private readonly record struct Bucket(DateTimeOffset Until, int Count);
}
