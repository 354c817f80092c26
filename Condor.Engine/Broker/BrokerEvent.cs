namespace Condor.Engine.Broker;

/// <summary>Something the broker reported, typed; every event carries the local receive time of its frame.</summary>
/// <param name="ReceivedAt">Local receive time (the process's TimeProvider) of the frame.</param>
internal abstract record BrokerEvent(DateTimeOffset ReceivedAt);
