using System.Collections.Immutable;
using Amazon.CDK;
using Amazon.JSII.Runtime.Deputy;
using Backup.Iac.Cdk.Rendering;
using Backup.Iac.Graph;
using Constructs;
using ModelConstruct = Backup.Iac.Construct;

namespace Backup.Iac.Cdk;

/// <summary>
/// Backup.Iac inside a CDK stack, validated by Backup.Iac's own rules and rendered with the L1 <c>Cfn*</c> classes, with
/// the same logical IDs, properties and removal policies as the native CloudFormation output. Errors fail
/// <c>cdk synth</c> through the construct's validation (nothing is written); warnings are CDK warning annotations with the
/// diagnostic code as their ID (<c>cdk synth --strict</c> fails on them); infos are CDK info annotations under
/// <see cref="VerboseContextKey"/>.
/// </summary>
/// <remarks>
/// Two forms. The CDK form, <c>new BackupEstate(this, "Backup")</c>, is an estate of its own in the CDK stack, with the
/// stack's environment: add vaults and plans to it (<see cref="AddVault"/>, <see cref="AddPlan"/>, ...); it is validated
/// and rendered when the CDK synthesizes (its aspect phase), and the CDK resources around it (buckets, topics, keys and
/// their policies) are facts for the cross-resource checks. The model-first form,
/// <c>new BackupEstate(scope, id, new BackupEstateProps { Stack = backupStack })</c>, renders a stack of a
/// <see cref="BackupApp"/> built beforehand (the same model for the native, Pulumi and CDK outputs); it is validated and
/// rendered at once.
/// </remarks>
/// <example>
/// <code>
/// var backup = new BackupEstate(this, "Backup");
/// var vault = backup.AddVault("Vault");
/// backup.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] })
///     .AddSelection("Data", new BackupSelectionOptions { Resources = [.. BackupResource.FromConstruct(this)] });
/// </code>
/// </example>
public sealed class BackupEstate : Constructs.Construct
{
    private readonly CdkEstates? group;
    private AppSynthesis? synthesis;
    private Dictionary<string, CfnResource> resources = new(StringComparer.Ordinal);
    private ResourceGraph? graph;
    private ImmutableArray<Diagnostic> diagnostics = [];

    /// <summary>
    /// Creates an estate in the CDK stack of <paramref name="scope"/>, with the stack's account and Region (an
    /// environment-agnostic stack gives an estate whose account and Region are chosen at deploy time). Add vaults, plans
    /// and the rest with <see cref="AddVault"/>, <see cref="AddPlan"/>, ... or through <see cref="Stack"/>. It is validated
    /// and rendered when the CDK synthesizes, together with every estate of the same CDK stage (they share one Backup.Iac
    /// app, so a plan may copy into another estate's vault).
    /// </summary>
    /// <param name="scope">The scope, inside a CDK <see cref="Amazon.CDK.Stack"/>.</param>
    /// <param name="id">The construct ID. It is not part of the logical IDs: <c>backup.AddVault("Vault")</c> is
    /// <c>Vault23237E5B</c>, as the CDK's <c>new BackupVault(stack, "Vault")</c>.</param>
    /// <exception cref="ArgumentException">The CDK stack already has an estate.</exception>
    public BackupEstate(Constructs.Construct scope, string id)
        : base(scope, id)
    {
        var cdkStack = Amazon.CDK.Stack.Of(this);
        group = CdkEstates.Of(cdkStack);
        Stack = group.Add(this, cdkStack);
        Aspects.Of(this).Add(new RenderWhenVisited(this));
        Node.AddValidation(new EstateValidation(this));
    }

    /// <summary>Validates the estate's app (once per app), then renders the stack's resources below this construct.</summary>
    /// <param name="scope">The scope, inside a CDK <see cref="Amazon.CDK.Stack"/>.</param>
    /// <param name="id">The construct ID. It is not part of the logical IDs, which are the native output's.</param>
    /// <param name="props">The Backup.Iac stack to render.</param>
    /// <exception cref="ArgumentException">
    /// The Backup.Iac stack is already rendered, or it names an account or Region other than the CDK stack's.
    /// </exception>
    public BackupEstate(Constructs.Construct scope, string id, BackupEstateProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        ArgumentNullException.ThrowIfNull(props.Stack);
        Stack = props.Stack;
        CheckEnvironment(Amazon.CDK.Stack.Of(this), Stack);
        var shared = AppSynthesis.Of(Stack.Root);
        shared.Register(this);
        Render(shared);
        Node.AddValidation(new EstateValidation(this));
    }

    /// <summary>
    /// The context key that shows Backup.Iac's infos as CDK info annotations (<c>cdk synth -c backup-iac:verbose=true</c>),
    /// as <c>--verbose</c> does for the native synth. Infos are counted otherwise.
    /// </summary>
    public const string VerboseContextKey = "backup-iac:verbose";

    /// <summary>The Backup.Iac stack this estate renders (in the CDK form, its own, with the CDK stack's environment).</summary>
    public BackupStack Stack { get; }

    /// <summary>
    /// The stack's resource graph, or null when the app has an error (then nothing is rendered). In the CDK form,
    /// reading it synthesizes the estate, which can no longer change afterwards.
    /// </summary>
    public ResourceGraph? Graph
    {
        get
        {
            EnsureRendered();
            return graph;
        }
    }

    /// <summary>
    /// The diagnostics of the stack (and, for the app's first estate, of the app itself), acknowledged ones left out,
    /// including what CloudFormation cannot express (BKP8001, BKP8002). In the CDK form, reading them synthesizes the
    /// estate, which can no longer change afterwards.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            EnsureRendered();
            return diagnostics;
        }
    }

    /// <summary>Adds a vault (<see cref="BackupStack.AddVault"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public BackupVault AddVault(string id, BackupVaultProps? props = null) => Stack.AddVault(id, props);

    /// <summary>Adds a backup plan (<see cref="BackupStack.AddPlan"/>); add selections with <see cref="BackupPlan.AddSelection"/>.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public BackupPlan AddPlan(string id, BackupPlanProps props) => Stack.AddPlan(id, props);

    /// <summary>
    /// Adds a selection beside its plan (<see cref="BackupStack.AddSelection"/>), as the CDK's
    /// <c>new BackupSelection(this, "Selection", { backupPlan })</c>: the same logical IDs (role <c>SelectionRoleD0EAEC83</c>).
    /// </summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan (of this estate), what to select, and the IAM role.</param>
    /// <returns>The selection.</returns>
    public BackupSelection AddSelection(string id, BackupSelectionProps props) => Stack.AddSelection(id, props);

    /// <summary>Adds a logically air-gapped vault (<see cref="BackupStack.AddLogicallyAirGappedVault"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public LogicallyAirGappedBackupVault AddLogicallyAirGappedVault(string id, LogicallyAirGappedBackupVaultProps props) => Stack.AddLogicallyAirGappedVault(id, props);

    /// <summary>Adds a restore testing plan (<see cref="BackupStack.AddRestoreTestingPlan"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public RestoreTestingPlan AddRestoreTestingPlan(string id, RestoreTestingPlanProps props) => Stack.AddRestoreTestingPlan(id, props);

    /// <summary>Adds an AWS Backup Audit Manager framework (<see cref="BackupStack.AddFramework"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The framework's properties.</param>
    /// <returns>The framework.</returns>
    public Framework AddFramework(string id, FrameworkProps props) => Stack.AddFramework(id, props);

    /// <summary>Adds a report plan (<see cref="BackupStack.AddReportPlan"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The report plan's properties.</param>
    /// <returns>The report plan.</returns>
    public ReportPlan AddReportPlan(string id, ReportPlanProps props) => Stack.AddReportPlan(id, props);

    /// <summary>Adds a legal hold (<see cref="BackupStack.AddLegalHold"/>).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The legal hold's properties.</param>
    /// <returns>The legal hold.</returns>
    public LegalHold AddLegalHold(string id, LegalHoldProps props) => Stack.AddLegalHold(id, props);

    /// <summary>
    /// Acknowledges a Backup.Iac warning or info at a construct of this estate and below (<see cref="BackupApp.Acknowledge"/>),
    /// with a reason. The CDK's <c>Annotations.Of(estate).AcknowledgeWarning(code)</c> works too.
    /// </summary>
    /// <param name="code">The diagnostic code, e.g. <c>BKP2206</c>.</param>
    /// <param name="at">The construct path below the estate, e.g. <c>DailyPlan</c>; empty for the whole estate.</param>
    /// <param name="reason">Why the warning does not apply.</param>
    public void Acknowledge(string code, string at, string reason)
    {
        ArgumentNullException.ThrowIfNull(at);
        Stack.Root.Acknowledge(code, at.Length == 0 ? Stack.Path : Stack.Path + "/" + at, reason);
    }

    /// <summary>
    /// The CDK resource rendered for a construct of the model (a vault's <c>CfnBackupVault</c>, a plan's
    /// <c>CfnBackupPlan</c>, ...), for references from CDK code and escape hatches; null when the construct renders
    /// nothing here.
    /// </summary>
    /// <param name="construct">A vault, plan, selection or other construct of this estate's stack.</param>
    /// <returns>The resource, or null.</returns>
    public CfnResource? ResourceOf(ModelConstruct construct)
    {
        ArgumentNullException.ThrowIfNull(construct);
        if (!ReferenceEquals(construct.Stack, Stack) || construct is BackupStack)
        {
            return null;
        }

        EnsureRendered();
        var path = construct.StackRelativePath + "/Resource";
        return graph?.Resources.FirstOrDefault(r => r.Path == path) is { } resource && resources.TryGetValue(resource.LogicalId, out var cfn) ? cfn : null;
    }

    /// <summary>Synthesizes and renders a CDK-form estate (with every estate of its app) unless that is done.</summary>
    internal void EnsureRendered()
    {
        if (synthesis is null)
        {
            group?.RenderAll();
        }
    }

    /// <summary>Renders this estate's graph of the app's synthesis below this construct, and reports its warnings and infos.</summary>
    internal void Render(AppSynthesis shared)
    {
        synthesis = shared;
        graph = shared.GraphOf(Stack);
        resources = graph is null ? new Dictionary<string, CfnResource>(StringComparer.Ordinal) : GraphRenderer.Render(this, Emit.CloudFormation.StackSetTemplates.Resolve(graph));
        diagnostics = [.. shared.OwnedBy(this)];
        var verbose = Node.TryGetContext(VerboseContextKey)?.ToString() is { } flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == Severity.Warning || d.Severity == Severity.Info && verbose))
        {
            var annotations = Annotations.Of(NodeFor(diagnostic));
            if (diagnostic.Severity == Severity.Warning)
            {
                annotations.AddWarningV2(diagnostic.Code, Line(diagnostic));
            }
            else
            {
                annotations.AddInfo(Line(diagnostic));
            }
        }

        var hidden = verbose ? 0 : diagnostics.Count(d => d.Severity == Severity.Info);
        if (hidden > 0)
        {
            Annotations.Of(this).AddInfo($"{hidden} Backup.Iac info(s) not shown (-c {VerboseContextKey}=true shows them).");
        }
    }

    /// <summary>
    /// The diagnostic as the native synth prints it (without colours), deploy-time values in its text written as
    /// <c>Fn::Sub</c> names (see <see cref="MessageText"/>).
    /// </summary>
    internal string Line(Diagnostic diagnostic) => MessageText.Readable($"{diagnostic} [{diagnostic.Help}]", Amazon.CDK.Stack.Of(this));

    /// <summary>The deepest construct of this estate on the diagnostic's path (the estate itself for the stack).</summary>
    private Constructs.Construct NodeFor(Diagnostic diagnostic)
    {
        Constructs.Construct node = this;
        if (!AppSynthesis.IsIn(diagnostic, Stack) || diagnostic.Path.Length == Stack.Path.Length)
        {
            return node;
        }

        foreach (var component in diagnostic.Path[(Stack.Path.Length + 1)..].Split('/'))
        {
            if (node.Node.TryFindChild(component) is not Constructs.Construct child)
            {
                break;
            }

            node = child;
        }

        return node;
    }

    private static void CheckEnvironment(Amazon.CDK.Stack cdkStack, BackupStack stack)
    {
        static void Check(string what, string? model, string cdk, BackupStack stack)
        {
            if (model is not null && !Amazon.CDK.Token.IsUnresolved(cdk) && model != cdk)
            {
                throw new ArgumentException(
                    $"The Backup.Iac stack '{stack.Path}' deploys to {what} {model}, but its CDK stack deploys to {cdk}: the estate's ARNs would name the wrong {what}. Give both stacks the same {what} (BackupStackProps and the CDK StackProps.Env).",
                    nameof(stack));
            }
        }

        Check("account", stack.Account, cdkStack.Account, stack);
        Check("Region", stack.Region, cdkStack.Region, stack);
    }

    /// <summary>Reports the estate's errors when the CDK validates the tree, which stops <c>cdk synth</c> before it writes a template.</summary>
    private sealed class EstateValidation(BackupEstate estate) : DeputyBase, IValidation
    {
        public string[] Validate()
        {
            estate.EnsureRendered();
            return estate.synthesis is { } shared ? [.. shared.ErrorsReportedBy(estate).Select(estate.Line)] : [];
        }
    }

    /// <summary>
    /// Synthesizes the CDK-form estates of an app when the CDK visits the first of them with its aspects: after the app's
    /// code has run (the tree is complete) and before the CDK prepares references between stacks.
    /// </summary>
    private sealed class RenderWhenVisited(BackupEstate estate) : DeputyBase, IAspect
    {
        public void Visit(IConstruct node)
        {
            if (node.Node.Path == estate.Node.Path)
            {
                estate.EnsureRendered();
            }
        }
    }
}
