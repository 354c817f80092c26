using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>Reference data: gateway time, market-data type, contract details, option chain parameters.</summary>
internal sealed partial class TwsClient
{
    /// <summary>reqCurrentTime: the gateway clock (a cheap heartbeat).</summary>
    public Task<DateTimeOffset> RequestCurrentTimeAsync(CancellationToken cancellationToken) =>
        OneAtATimeAsync(
            CurrentTimeMessage.MessageId,
            async key => DateTimeOffset.FromUnixTimeSeconds(
                await RequestOneAsync<long>(key, new ReqCurrentTimeRequest(), cancellationToken).ConfigureAwait(false)),
            cancellationToken);

    /// <summary>reqMarketDataType: 1 live, 2 frozen, 3 delayed, 4 delayed frozen. Completes when sent (no answer).</summary>
    public Task SetMarketDataTypeAsync(int marketDataType, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(marketDataType, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(marketDataType, 4);
        return SendAsync(new ReqMarketDataTypeRequest(marketDataType), -1, cancellationToken);
    }

    /// <summary>reqContractDetails: every contract matching <paramref name="contract"/> (an index, an option...).</summary>
    /// <exception cref="Transport.TwsRequestException">E.g. 200, no security definition found.</exception>
    public Task<IReadOnlyList<ContractDetails>> GetContractDetailsAsync(Contract contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var id = _requestIds.Next();
        return RequestListAsync<ContractDetails>(id, new ReqContractDetailsRequest(id, contract), cancellationToken);
    }

    /// <summary>reqSecDefOptParams: the expirations and strikes of an underlying's options, one row per exchange / trading class.</summary>
    public Task<IReadOnlyList<SecurityDefinitionOptionParameterMessage>> GetOptionChainParametersAsync(
        string underlyingSymbol, string underlyingSecType, int underlyingConId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(underlyingSymbol);
        ArgumentException.ThrowIfNullOrEmpty(underlyingSecType);
        var id = _requestIds.Next();
        return RequestListAsync<SecurityDefinitionOptionParameterMessage>(
            id, new ReqSecDefOptParamsRequest(id, underlyingSymbol, string.Empty, underlyingSecType, underlyingConId), cancellationToken);
    }
}
