namespace Backup.Iac.Catalog;

/// <summary>Legal holds (LH, governance catalog): codes BKP4501-BKP4599.</summary>
internal static class LegalHoldConstraints
{
    public static readonly Constraint TitleRequired = new(
        "BKP4501", "LH-001", Severity.Error,
        "A legal hold needs a title",
        "Title is empty; CreateLegalHold requires it. Set Title.",
        "DG §CreateLegalHold L24611-24617",
        Docs.DevGuide + "API_CreateLegalHold.html");

    public static readonly Constraint DescriptionRequired = new(
        "BKP4502", "LH-002", Severity.Error,
        "A legal hold needs a description",
        "Description is empty; CreateLegalHold requires it. Set Description (at most 280 characters).",
        "DG §CreateLegalHold L24576-24582; §Legal holds and AWS Backup L20317",
        Docs.DevGuide + "API_CreateLegalHold.html");

    public static readonly Constraint DescriptionLength = new(
        "BKP4552", "LH-002", Severity.Warning,
        "Legal hold descriptions are at most 280 characters",
        "Description has {0} characters; the legal hold template allows at most 280. Shorten it.",
        "DG §Legal holds and AWS Backup L20317",
        Docs.DevGuide + "legalholds.html");

    public static readonly Constraint SelectionRequired = new(
        "BKP4503", "LH-003", Severity.Error,
        "A legal hold must say which recovery points it holds",
        "The hold names no vault, no resource and no date range; CloudFormation requires RecoveryPointSelection. Set VaultNames, ResourceIdentifiers, or FromDate and ToDate.",
        "DG §CreateLegalHold L24554-24562; §RecoveryPointSelection L43681-43715; CFN aws-backup-legalhold.json (required)",
        Docs.DevGuide + "API_RecoveryPointSelection.html");

    public static readonly Constraint DateRange = new(
        "BKP4504", "LH-004", Severity.Error,
        "A legal hold's date range needs both dates, in order",
        "{0}. Set both FromDate and ToDate, not in the future and with FromDate not after ToDate, or neither.",
        "DG §DateRange L42713-42740 (both required, future dates not permitted); CFN aws-backup-legalhold.json (DateRange required FromDate, ToDate)",
        Docs.DevGuide + "API_DateRange.html");

    public static readonly Constraint TooManyHolds = new(
        "BKP4505", "LH-005", Severity.Error,
        "At most 50 active legal holds per account",
        "This is legal hold number {0} of {1} in {2}; an account can have at most 50 active legal holds at a time and the quota cannot be raised. Combine holds: one hold can name several vaults and resources.",
        "DG §Legal holds and AWS Backup L20211-20212; §AWS Backup quotas L20773",
        Docs.DevGuide + "aws-backup-limits.html")
    {
        Why = "The quota counts active holds per account (the seed says per account, not per Region), so the holds of every stack deployed to the account count together.",
    };

    public static readonly Constraint Tags = new(
        "BKP4506", "LH-006", Severity.Error,
        "Legal hold tags: at most 50, limited characters",
        "{0}. Use at most 50 tags made of letters, digits, spaces and + - = . _ : /.",
        "DG §Legal holds and AWS Backup L20260-20261; §CreateLegalHold L24602-24606",
        Docs.DevGuide + "API_CreateLegalHold.html");

    public static readonly Constraint Release = new(
        "BKP4509", "LH-009", Severity.Warning,
        "Deleting a legal hold releases it",
        "RemovalPolicy is Destroy: deleting or replacing the resource releases the hold, and recovery points that expired while it was active are deleted within 24 hours. Keep RemovalPolicy.Retain, and release holds deliberately.",
        "DG §Legal holds and AWS Backup (releasing a hold); governance catalog LH-009",
        Docs.DevGuide + "legalholds.html")
    {
        TemplateMessage = "DeletionPolicy is Delete: deleting or replacing the resource releases the hold, and recovery points that expired while it was active are deleted within 24 hours. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain, and release holds deliberately.",
    };

    public static readonly Constraint ExistingPointsOnly = new(
        "BKP4507", "LH-007", Severity.Info,
        "A legal hold covers only the recovery points that exist when it is created",
        "VaultNames[{0}] is '{1}', which {2}; a legal hold covers only the recovery points that exist when it is created, so the backups made after that are not held{3}. Give the hold FromDate and ToDate to state which recovery points it covers, and create another hold when later backups must be held too.",
        "DG §Legal holds and AWS Backup, Create a legal hold L20224-20229",
        Docs.DevGuide + "legalholds.html")
    {
        Why = "A legal hold is a snapshot of the recovery points that match it at creation (EXPIRED and DELETING ones excluded, CREATING ones possibly missed); recovery points created later are never added, however long the hold stays active.",
    };

    public static readonly Constraint NotCarried = new(
        "BKP4508", "LH-008", Severity.Info,
        "A legal hold does not reach copies in other Regions or accounts, nor extend continuous backups",
        "VaultNames[{0}] is '{1}', but {2}. Hold such recovery points separately: copies with a legal hold in their own Region and account, continuous data through snapshot backups into the held vault.",
        "DG §Legal holds and AWS Backup L20204-20206, L20214-20217",
        Docs.DevGuide + "legalholds.html")
    {
        Why = "A hold applies only to the original recovery point: copies made across Regions or accounts do not carry it. Continuous backups keep their 35-day maximum lifecycle; a hold does not extend it.",
    };

    public static readonly Constraint Replaced = new(
        "BKP4559", "LH-009", Severity.Warning,
        "Changing a legal hold replaces it",
        "{0} change{1}, but every property of a legal hold except Tags is fixed at creation: CloudFormation creates a new hold, which covers only the recovery points that exist at that moment, and {2}. Keep the hold as it is and add a new legal hold for the new selection.",
        "CFN aws-backup-legalhold.json (createOnlyProperties Title, Description, RecoveryPointSelection); DG §Legal holds and AWS Backup L20224-20229, L20386-20431",
        Docs.DevGuide + "legalholds.html");

    public static IReadOnlyList<Constraint> All { get; } =
        [TitleRequired, DescriptionRequired, DescriptionLength, SelectionRequired, DateRange, TooManyHolds, Tags, ExistingPointsOnly, NotCarried, Release, Replaced];
}
