using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>One way to register a feature's options: bound to its section, validated at start-up.</summary>
public static class OptionsRegistration
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(section));
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }
}
