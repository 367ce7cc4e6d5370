using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Data;

/// <summary>
/// The assemblies whose entity configurations make up the model. It travels in the context's options, not as a
/// constructor argument: a pooled context may take nothing but its options.
/// </summary>
public sealed class ModelAssemblies(params Assembly[] assemblies) : IDbContextOptionsExtension
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModelAssemblies extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        // The model is built once per context type; the assemblies never change the internal services.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Inclusief:ModelAssemblies"] = string.Join(',', ((ModelAssemblies)Extension).Assemblies.Select(a => a.GetName().Name));
    }
}

/// <summary>Names the model assemblies in a context's options: <c>options.UseModelAssemblies(typeof(X).Assembly)</c>.</summary>
public static class ModelAssembliesOptions
{
    public static DbContextOptionsBuilder UseModelAssemblies(this DbContextOptionsBuilder options, params Assembly[] assemblies)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ModelAssemblies(assemblies));
        return options;
    }
}
