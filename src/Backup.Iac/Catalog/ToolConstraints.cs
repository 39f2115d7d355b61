namespace Backup.Iac.Catalog;

/// <summary>Rules of the tool itself, not of an AWS catalog row: codes BKP9001-BKP9099.</summary>
internal static class ToolConstraints
{
    public static readonly Constraint WholeDays = new(
        "BKP9001", null, Severity.Error,
        "Day-based values must be whole days",
        "{0} is {1}, which is not a whole number of days; AWS takes this value in days. Use Duration.Days(...).",
        "CloudFormation schemas: MinRetentionDays, MaxRetentionDays, ChangeableForDays, DeleteAfterDays and MoveToColdStorageAfterDays are integers of days.",
        Docs.CfnPlan)
    {
        TemplateMessage = "{0} is {1}, which is not a whole number of days; AWS takes this value in days. Write a whole number.",
    };

    public static readonly Constraint CrossStackVaultEnvironment = new(
        "BKP9002", null, Severity.Error,
        "A vault of another stack needs that stack's account and Region",
        "{0} refers to the vault '{1}' of stack '{2}', whose {3} is not set: a vault of another stack is written by ARN or name, which needs that stack's Account and Region. Set Account and Region on both stacks (BackupStackProps).",
        "Cross-stack references cannot use Ref or Fn::GetAtt; the ARN is arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME (DG §AWS Backup resource ARNs L17270-17274).",
        Docs.DevGuide + "API_CopyAction.html");

    public static readonly Constraint LiteralMapKey = new(
        "BKP9003", null, Severity.Error,
        "Map keys must be known at synth time",
        "A key of {0} is a deploy-time value ('{1}'); CloudFormation map keys must be literal strings (values may come from parameters). Use a literal key.",
        "CloudFormation template anatomy: object keys are literal; intrinsic functions are allowed only in values.",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html");

    public static readonly Constraint StackName = new(
        "BKP9004", null, Severity.Error,
        "Stack names follow CloudFormation's pattern",
        "The stack name '{0}' does not match [a-zA-Z][-a-zA-Z0-9]{{0,127}}; CloudFormation rejects it, and it also names the template file. Use a letter followed by letters, digits or '-', at most 128 characters.",
        "CloudFormation CreateStack StackName pattern [a-zA-Z][-a-zA-Z0-9]*, at most 128 characters.",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html");

    public static readonly Constraint DuplicateStackName = new(
        "BKP9005", null, Severity.Error,
        "Stack names are unique in an app",
        "The stack name '{0}' is also used by '{1}' (names are compared ignoring case, as file systems may); each stack is written to <StackName>.template.json. Give the stacks different StackName values.",
        "Each stack is written to its own template file; two stacks of one name would overwrite each other.",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html");

    public static readonly Constraint NullInModel = new(
        "BKP9006", null, Severity.Error,
        "The model holds a null where a value is required",
        "Stack '{0}' holds a null where a value is required (for example a null entry in a list or dictionary, or a required property set with null!), so it cannot be checked or written. Remove the null or give the value.",
        "Backup.Iac's API is annotated for nullable reference types; nulls are only valid where a property's type says so.",
        "https://learn.microsoft.com/dotnet/csharp/nullable-references");

    public static readonly Constraint AcknowledgedUnknownCode = new(
        "BKP9007", null, Severity.Warning,
        "An acknowledgement names a code that does not exist",
        "The acknowledgement names '{0}', which is not a diagnostic code, so it acknowledges nothing{1}. Fix the code (backup-iac rules lists them), or remove the acknowledgement.",
        "Backup.Iac acknowledgements (BackupApp.Acknowledge): a code, a construct path and a reason; an acknowledgement that cannot match hides nothing and is a mistake.",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html")
    {
        Why = "A mistyped code would otherwise be accepted silently, and the warning it was meant for would still be printed, or a later one hidden by chance.",
    };

    public static readonly Constraint AcknowledgedError = new(
        "BKP9008", null, Severity.Warning,
        "An acknowledgement names an error",
        "The acknowledgement names {0}, which is an error: errors cannot be acknowledged, because AWS refuses what they report or every affected job fails. Fix what {0} reports, and remove the acknowledgement.",
        "Backup.Iac severity policy (docs/catalog-notes.md): only warnings and infos can be acknowledged.",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html");

    public static readonly Constraint AcknowledgedUnknownPath = new(
        "BKP9009", null, Severity.Warning,
        "An acknowledgement's path matches no construct",
        "The acknowledgement of {0} is at a path that matches no construct of the app, so it acknowledges nothing{1}. Use the path of a construct (a stack, vault, plan, selection...) as the diagnostics print it.",
        "Backup.Iac acknowledgements cover a construct path and everything below it.",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html")
    {
        TemplateMessage = "The acknowledgement of {0} is at a path that matches no resource of the template, so it acknowledges nothing{1}. Use a logical ID (or a path below one, as the diagnostics print it).",
    };

    public static readonly Constraint AcknowledgedNothing = new(
        "BKP9010", null, Severity.Info,
        "An acknowledgement matched no finding",
        "The acknowledgement of {0} matched no finding: {0} is not reported at this path or below it. Remove the acknowledgement if what it was for is fixed.",
        "Backup.Iac acknowledgements: an acknowledgement that no longer matches hides nothing today and may hide a new finding tomorrow.",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html");

    public static IReadOnlyList<Constraint> All { get; } =
        [WholeDays, CrossStackVaultEnvironment, LiteralMapKey, StackName, DuplicateStackName, NullInModel, AcknowledgedUnknownCode, AcknowledgedError, AcknowledgedUnknownPath, AcknowledgedNothing];
}
