using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

public sealed class TwsErrorClassifierTests
{
    [Theory]
    [InlineData(2104, "Informational")]
    [InlineData(2106, "Informational")]
    [InlineData(2107, "Informational")]
    [InlineData(2108, "Informational")]
    [InlineData(2119, "Informational")]
    [InlineData(2158, "Informational")]
    [InlineData(2109, "Informational")]
    [InlineData(2174, "Informational")]
    [InlineData(10167, "Informational")]
    [InlineData(10090, "Informational")]
    [InlineData(399, "Informational")]
    [InlineData(404, "Informational")]
    [InlineData(10311, "Informational")]
    [InlineData(10349, "Informational")]
    [InlineData(326, "Connectivity")]
    [InlineData(203, "OrderRejected")]
    [InlineData(10268, "OrderRejected")]
    [InlineData(10269, "OrderRejected")]
    [InlineData(10270, "OrderRejected")]
    [InlineData(161, "OrderEvent")]
    [InlineData(1100, "Connectivity")]
    [InlineData(1101, "Connectivity")]
    [InlineData(1102, "Connectivity")]
    [InlineData(2110, "Connectivity")]
    [InlineData(2103, "ConnectivityWarning")]
    [InlineData(2105, "ConnectivityWarning")]
    [InlineData(2157, "ConnectivityWarning")]
    [InlineData(162, "RequestFailed")]
    [InlineData(200, "RequestFailed")]
    [InlineData(321, "RequestFailed")]
    [InlineData(322, "RequestFailed")]
    [InlineData(354, "RequestFailed")]
    [InlineData(10197, "RequestFailed")]
    [InlineData(103, "OrderRejected")]
    [InlineData(104, "OrderRejected")]
    [InlineData(105, "OrderRejected")]
    [InlineData(110, "OrderRejected")]
    [InlineData(135, "OrderRejected")]
    [InlineData(201, "OrderRejected")]
    [InlineData(202, "OrderEvent")]
    [InlineData(10147, "OrderEvent")]
    [InlineData(10148, "OrderEvent")]
    [InlineData(2150, "Warning")]
    [InlineData(504, "Unknown")]
    [InlineData(0, "Unknown")]
    public void Classify_Code_MatchesDesignTable(int code, string expected)
    {
        Assert.Equal(Enum.Parse<TwsErrorClass>(expected), TwsErrorClassifier.Classify(code));
    }

    [Theory]
    [InlineData(326, true)]
    [InlineData(1100, false)]
    [InlineData(502, false)]
    public void EndsConnectionAttempt_Code_OnlyClientIdInUse(int code, bool expected)
    {
        Assert.Equal(expected, TwsErrorClassifier.EndsConnectionAttempt(code));
    }

    [Theory]
    [InlineData(1100, "Lost")]
    [InlineData(1101, "RestoredDataLost")]
    [InlineData(1102, "RestoredDataMaintained")]
    [InlineData(2110, "ServerLinkBroken")]
    [InlineData(2103, "FarmBroken")]
    [InlineData(2105, "FarmBroken")]
    [InlineData(2157, "FarmBroken")]
    [InlineData(2104, "FarmOk")]
    [InlineData(2106, "FarmOk")]
    [InlineData(2158, "FarmOk")]
    [InlineData(2107, "FarmOk")]
    [InlineData(2108, "FarmOk")]
    public void Connectivity_ConnectivityCode_MapsToSignal(int code, string expected)
    {
        Assert.Equal(Enum.Parse<GatewayConnectivity>(expected), TwsErrorClassifier.Connectivity(code));
    }

    [Theory]
    [InlineData(2119)]
    [InlineData(201)]
    [InlineData(202)]
    public void Connectivity_OtherCode_IsNull(int code)
    {
        Assert.Null(TwsErrorClassifier.Connectivity(code));
    }

    [Theory]
    [InlineData("RequestFailed", true)]
    [InlineData("OrderRejected", true)]
    [InlineData("Unknown", true)]
    [InlineData("OrderEvent", false)]
    [InlineData("Informational", false)]
    [InlineData("Warning", false)]
    [InlineData("Connectivity", false)]
    [InlineData("ConnectivityWarning", false)]
    public void FailsRequest_Class_OnlyFailureClasses(string errorClass, bool expected)
    {
        Assert.Equal(expected, TwsErrorClassifier.FailsRequest(Enum.Parse<TwsErrorClass>(errorClass)));
    }
}
