using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk;

/// <summary>
/// The one synthesis of a Backup.Iac app shared by all its estates: the core's validation and lowering
/// (<see cref="BackupApp.Synth"/>), then what CloudFormation cannot express (<see cref="CloudFormationLimits"/>),
/// acknowledged diagnostics left out, exactly as the native host does.
/// </summary>
internal sealed class AppSynthesis
{
    private static readonly ConditionalWeakTable<BackupApp, AppSynthesis> Synthesized = [];
    private readonly List<BackupEstate> estates = [];

    private AppSynthesis(BackupApp app)
    {
        App = app;
        var result = app.Synth();
        var limits = result.Graphs.Zip(app.Stacks).SelectMany(p => CloudFormationLimits.Check(p.First, p.Second.Path));
        Diagnostics = [.. result.Diagnostics, .. limits.Where(d => !app.IsAcknowledged(d))];
        Graphs = result.Graphs;
    }

    public BackupApp App { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The graphs, one per stack in the app's order; empty when there is an error.</summary>
    public ImmutableArray<ResourceGraph> Graphs { get; }

    public IReadOnlyList<BackupEstate> Estates => estates;

    public static AppSynthesis Of(BackupApp app) => Synthesized.GetValue(app, a => new AppSynthesis(a));

    public void Register(BackupEstate estate)
    {
        var other = estates.Find(e => ReferenceEquals(e.Stack, estate.Stack));
        if (other is not null)
        {
            throw new ArgumentException($"The Backup.Iac stack '{estate.Stack.Path}' is already rendered by '{other.Node.Path}'; a stack can be rendered once.", nameof(estate));
        }

        estates.Add(estate);
    }

    public ResourceGraph? GraphOf(BackupStack stack)
    {
        var index = App.Stacks.ToList().IndexOf(stack);
        return Graphs.IsEmpty || index < 0 ? null : Graphs[index];
    }

    public static bool IsIn(Diagnostic diagnostic, BackupStack stack) =>
        diagnostic.Path == stack.Path || diagnostic.Path.StartsWith(stack.Path + "/", StringComparison.Ordinal);

    /// <summary>
    /// The diagnostics an estate owns: those of its stack, and for the app's first estate those outside every stack
    /// of the app. Known when the estate is created.
    /// </summary>
    public IEnumerable<Diagnostic> OwnedBy(BackupEstate estate) => Diagnostics.Where(d => IsIn(d, estate.Stack)
        || ReferenceEquals(estates[0], estate) && !App.Stacks.Any(s => IsIn(d, s)));

    /// <summary>
    /// The errors an estate reports when the CDK validates (every estate exists by then): the errors it owns, and for
    /// the app's first estate the errors of stacks that no estate renders. An error anywhere in the app stops every
    /// stack from rendering, so each must be seen.
    /// </summary>
    public IEnumerable<Diagnostic> ErrorsReportedBy(BackupEstate estate) => Diagnostics.Where(d => d.Severity == Severity.Error
        && (IsIn(d, estate.Stack) || ReferenceEquals(estates[0], estate) && !estates.Exists(e => IsIn(d, e.Stack))));
}
