using System.Collections.Immutable;
using Amazon.CDK;
using Amazon.JSII.Runtime.Deputy;
using Backup.Iac.Cdk.Rendering;
using Backup.Iac.Graph;
using Constructs;
using ModelConstruct = Backup.Iac.Construct;

namespace Backup.Iac.Cdk;

/// <summary>
/// A Backup.Iac stack inside a CDK stack: the estate is validated by Backup.Iac's own rules and rendered with the L1
/// <c>Cfn*</c> classes, with the same logical IDs, properties and removal policies as the native CloudFormation
/// output. Errors fail <c>cdk synth</c> through the construct's validation (nothing is written); warnings are CDK
/// warning annotations with the diagnostic code as their ID (<c>cdk synth --strict</c> fails on them); infos are CDK
/// info annotations under <see cref="VerboseContextKey"/>.
/// </summary>
/// <example>
/// <code>
/// var prod = backupApp.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
/// // ... vaults, plans, selections (BackupResource.FromDynamoDbTable(table)) ...
/// new BackupEstate(cdkStack, "Backup", new BackupEstateProps { Stack = prod });
/// </code>
/// </example>
public sealed class BackupEstate : Constructs.Construct
{
    private readonly AppSynthesis synthesis;
    private readonly Dictionary<string, CfnResource> resources;

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
        synthesis = AppSynthesis.Of(Stack.Root);
        synthesis.Register(this);
        Graph = synthesis.GraphOf(Stack);
        resources = Graph is null ? new Dictionary<string, CfnResource>() : GraphRenderer.Render(this, Emit.CloudFormation.StackSetTemplates.Resolve(Graph));
        Diagnostics = [.. synthesis.OwnedBy(this)];
        var verbose = Node.TryGetContext(VerboseContextKey)?.ToString() is { } flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        foreach (var diagnostic in Diagnostics.Where(d => d.Severity == Severity.Warning || d.Severity == Severity.Info && verbose))
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

        var hidden = verbose ? 0 : Diagnostics.Count(d => d.Severity == Severity.Info);
        if (hidden > 0)
        {
            Annotations.Of(this).AddInfo($"{hidden} Backup.Iac info(s) not shown (-c {VerboseContextKey}=true shows them).");
        }

        Node.AddValidation(new EstateValidation(this));
    }

    /// <summary>
    /// The context key that shows Backup.Iac's infos as CDK info annotations (<c>cdk synth -c backup-iac:verbose=true</c>),
    /// as <c>--verbose</c> does for the native synth. Infos are counted otherwise.
    /// </summary>
    public const string VerboseContextKey = "backup-iac:verbose";

    /// <summary>The Backup.Iac stack this estate renders.</summary>
    public BackupStack Stack { get; }

    /// <summary>The stack's resource graph, or null when the app has an error (then nothing is rendered).</summary>
    public ResourceGraph? Graph { get; }

    /// <summary>
    /// The diagnostics of the stack (and, for the app's first estate, of the app itself), acknowledged ones left out,
    /// including what CloudFormation cannot express (BKP8001, BKP8002).
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

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

        var path = construct.StackRelativePath + "/Resource";
        return Graph?.Resources.FirstOrDefault(r => r.Path == path) is { } resource && resources.TryGetValue(resource.LogicalId, out var cfn) ? cfn : null;
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
        public string[] Validate() => [.. estate.synthesis.ErrorsReportedBy(estate).Select(estate.Line)];
    }
}
