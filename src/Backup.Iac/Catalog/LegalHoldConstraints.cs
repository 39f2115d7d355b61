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
        "{0}. Set both FromDate and ToDate, with FromDate not after ToDate, or neither.",
        "DG §DateRange L42713-42740",
        Docs.DevGuide + "API_DateRange.html");

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
        Docs.DevGuide + "legalholds.html");

    public static IReadOnlyList<Constraint> All { get; } = [TitleRequired, DescriptionRequired, DescriptionLength, SelectionRequired, DateRange, Tags, Release];
}
