using System.Reflection;

namespace Inclusief.Data;

/// <summary>The assemblies whose entity configurations make up the model.</summary>
public sealed class ModelAssemblies(params Assembly[] assemblies)
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies;
}
