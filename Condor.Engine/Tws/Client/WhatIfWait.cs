using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Client;

/// <summary>A whatIf waiting for an answer with its margins set; an answer with unset margins is kept and waited past.</summary>
internal sealed class WhatIfWait
{
    private readonly TaskCompletionSource<WhatIfAnswer> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile OrderState? _last;

    public Task<WhatIfAnswer> Answer => _answer.Task;

    public void Observe(OrderState state)
    {
        _last = state;
        if (WhatIfAnswer.MarginsSet(state))
        {
            _answer.TrySetResult(new WhatIfAnswer(state, HasMargins: true));
        }
    }

    public void Fail(string reason, int? code) => _answer.TrySetResult(new WhatIfAnswer(_last, HasMargins: false, reason, code));
}
