using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// One way to register a feature's options: bound to its section, validated at start-up. Every <c>Condor:</c>
/// section is registered here: a key under <c>Condor:</c> that no registered options class has stops start-up
/// (<see cref="ConfigurationKeysValidator"/>).
/// </summary>
public static class OptionsRegistration
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton(new OptionsSection(section, typeof(TOptions)));
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(section));
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }
}
