namespace Condor.Engine.Configuration;

/// <summary>
/// One options class bound to its configuration section, recorded by <see cref="OptionsRegistration"/>: the list of
/// these is what <see cref="ConfigurationKeysValidator"/> knows as valid keys, so a feature's keys are valid as soon as
/// the feature registers its options.
/// </summary>
internal sealed record OptionsSection(string Section, Type OptionsType);
