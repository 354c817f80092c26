namespace Condor.Engine.Configuration;

/// <summary>Marks an options property whose value is never logged or rendered (shown masked).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
