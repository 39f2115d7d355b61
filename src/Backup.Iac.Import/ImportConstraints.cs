using Backup.Iac.Catalog;

namespace Backup.Iac.Import;

/// <summary>
/// The rules of reading existing templates (codes BKP9100-BKP9199): the file itself, and the CloudFormation resource
/// schema checks that cfn-lint also makes (E3002, E3003, E3012, E3030, E3031...), reported at the template's line.
/// </summary>
public static class ImportConstraints
{
    private const string CfnSchemas = "CloudFormation resource provider schemas (reference/cloudformation, aws-backup-*.json)";
    private const string UserGuide = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";

    /// <summary>The file cannot be read as JSON or YAML.</summary>
    public static readonly Constraint Unreadable = new(
        "BKP9100", null, Severity.Error,
        "The file cannot be read as a JSON or YAML document",
        "{0} Fix the file at this line and column: it must be one well-formed JSON or YAML document.",
        "CloudFormation template formats (JSON, YAML with short-form intrinsic functions)",
        UserGuide + "template-formats.html")
    {
        Why = "Nothing in a file that cannot be parsed can be checked; the tool exits with code 2.",
    };

    /// <summary>The file itself cannot be read: it does not exist, cannot be opened, or is empty.</summary>
    public static readonly Constraint FileNotRead = new(
        "BKP9105", null, Severity.Error,
        "The file cannot be read",
        "{0} Give lint a template file that exists, can be read and is not empty (check the path, the permissions, and what wrote the file).",
        "backup-iac lint: input files (docs/security.md)",
        UserGuide + "template-formats.html")
    {
        Why = "A file that is missing, cannot be opened or is empty holds nothing to check; the tool reports it (exit code 2) and checks the other files.",
    };

    /// <summary>The document is not a CloudFormation template (or a backup policy).</summary>
    public static readonly Constraint NotATemplate = new(
        "BKP9101", null, Severity.Error,
        "The document is not a CloudFormation template",
        "{0} A template is a mapping with a Resources section that maps logical IDs to {{Type, Properties}}.",
        "CloudFormation template anatomy",
        UserGuide + "template-anatomy.html");

    /// <summary>The path is not a regular file (a device, a FIFO, a socket): it is not opened.</summary>
    public static readonly Constraint NotARegularFile = new(
        "BKP9102", null, Severity.Error,
        "The path is not a regular file",
        "{0} Lint reads regular files only: a device such as /dev/zero never ends and a FIFO blocks. Remove it, or point the link at a template file.",
        "backup-iac lint: input limits (docs/security.md)",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html")
    {
        Why = "A device or a FIFO has no end or blocks the run; the tool does not open it, reports it (exit code 2) and checks the other files.",
    };

    /// <summary>A folder (or a part of it) cannot be listed.</summary>
    public static readonly Constraint FolderUnreadable = new(
        "BKP9103", null, Severity.Error,
        "A folder cannot be read",
        "The folder cannot be read: {0} Its templates are not checked; give the tool permission to list it, or leave it out.",
        "backup-iac lint: input limits (docs/security.md)",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html")
    {
        Why = "Templates in a folder that cannot be listed would silently go unchecked; the tool reports the folder (exit code 2) and checks the others.",
    };

    /// <summary>A link to a folder met while searching a folder: not followed.</summary>
    public static readonly Constraint LinkNotFollowed = new(
        "BKP9104", null, Severity.Info,
        "A link to a folder is not followed",
        "The link points to a folder ({0}); links to folders are not followed when a folder is searched, so its templates are not checked here. Lint that folder by its own path if it should be checked.",
        "backup-iac lint: input limits (docs/security.md)",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html")
    {
        Why = "Links to folders can form loops (a link to the folder itself or to a parent) that would make the search endless.",
    };

    /// <summary>A property the resource type does not have (cfn-lint E3002).</summary>
    public static readonly Constraint UnknownProperty = new(
        "BKP9110", null, Severity.Error,
        "A property the resource type does not have",
        "{0} has no property '{1}'{2}. CloudFormation rejects the template; remove it or fix the spelling.",
        CfnSchemas + " (additionalProperties: false); cfn-lint E3002",
        UserGuide + "aws-resource-backup-backupplan.html");

    /// <summary>A value of the wrong type (cfn-lint E3012).</summary>
    public static readonly Constraint WrongType = new(
        "BKP9111", null, Severity.Error,
        "A value of the wrong type",
        "{0} is {1}, but the resource schema wants {2}. Write {2}.",
        CfnSchemas + " (type); cfn-lint E3012",
        UserGuide + "aws-resource-backup-backupplan.html");

    /// <summary>A required property is missing (cfn-lint E3003).</summary>
    public static readonly Constraint MissingRequired = new(
        "BKP9112", null, Severity.Error,
        "A required property is missing",
        "{0} needs the property '{1}', which is missing. Add it.",
        CfnSchemas + " (required); cfn-lint E3003",
        UserGuide + "aws-resource-backup-backupplan.html");

    /// <summary>A value that is not one of the allowed values (cfn-lint E3030).</summary>
    public static readonly Constraint NotAllowedValue = new(
        "BKP9113", null, Severity.Error,
        "A value that is not one of the allowed values",
        "{0} is '{1}', which is not one of {2}{3}. Use one of the allowed values (they are case-sensitive).",
        CfnSchemas + " (enum); cfn-lint E3030",
        UserGuide + "aws-resource-backup-backupselection.html");

    /// <summary>A value outside the schema's pattern, length or range that no model rule reports (cfn-lint E3031, E3033, E3034).</summary>
    public static readonly Constraint OutOfBounds = new(
        "BKP9114", null, Severity.Error,
        "A value outside the schema's pattern, length or range",
        "{0} is {1}, which {2}. CloudFormation rejects it; change the value.",
        CfnSchemas + " (pattern, minLength/maxLength, minimum/maximum, minItems/maxItems); cfn-lint E3031/E3033/E3034",
        UserGuide + "aws-resource-backup-backupplan.html");

    /// <summary>An AWS::Backup resource type that does not exist.</summary>
    public static readonly Constraint UnknownType = new(
        "BKP9116", null, Severity.Error,
        "An AWS Backup resource type that does not exist",
        "Resource type '{0}' does not exist{1}. CloudFormation rejects the template; fix the type name.",
        "CloudFormation resource type reference: AWS::Backup (the registry types in reference/cloudformation)",
        UserGuide + "AWS_Backup.html");

    /// <summary>A reference to a name the template does not declare (cfn-lint E1012, E3005).</summary>
    public static readonly Constraint UndefinedReference = new(
        "BKP9117", null, Severity.Error,
        "A reference to a name the template does not declare",
        "{0} refers to '{1}', which is neither a parameter nor a resource of this template{2}. CloudFormation rejects the template; declare it or fix the name.",
        "CloudFormation Ref, Fn::GetAtt and DependsOn; cfn-lint E1012/E3005",
        UserGuide + "intrinsic-function-reference-ref.html");

    /// <summary>An attribute the resource type does not return (cfn-lint E1010).</summary>
    public static readonly Constraint UnknownAttribute = new(
        "BKP9118", null, Severity.Error,
        "An attribute the resource type does not return",
        "{0} asks {1} ({2}) for the attribute '{3}', which it does not return; it returns {4}. Use one of those.",
        CfnSchemas + " (readOnlyProperties); cfn-lint E1010",
        UserGuide + "intrinsic-function-reference-getatt.html");

    /// <summary>A resource the importer keeps as written, without checks: what it needs is outside the template.</summary>
    public static readonly Constraint NotModelled = new(
        "BKP9120", null, Severity.Info,
        "A resource kept as written, without checks",
        "{0} is kept as written and not checked: {1}.",
        "backup-iac lint: values that cannot be known before deploy are never guessed",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html");

    /// <summary>A logical ID that is not 1 to 255 ASCII letters and digits (cfn-lint E3001); the resource is still checked.</summary>
    public static readonly Constraint InvalidLogicalId = new(
        "BKP9130", null, Severity.Error,
        "A logical ID that is not alphanumeric",
        "Logical ID '{0}' must be 1 to 255 ASCII letters and digits (A-Z, a-z, 0-9); CloudFormation rejects the template. Rename it; its resource is checked here as '{1}'.",
        "CloudFormation resources section: the logical ID must be alphanumeric (A-Za-z0-9) and unique within the template; cfn-lint E3001",
        UserGuide + "resources-section-structure.html");

    /// <summary>A condition name the Conditions section does not declare (cfn-lint E8002).</summary>
    public static readonly Constraint UndeclaredCondition = new(
        "BKP9140", null, Severity.Error,
        "A condition name the template does not declare",
        "{0} uses the condition '{1}', which the Conditions section does not declare{2}. CloudFormation rejects the template; declare the condition or fix the name.",
        "CloudFormation Conditions section, the Condition resource attribute and Fn::If; cfn-lint E8002",
        UserGuide + "conditions-section-structure.html")
    {
        Why = "A resource, output or Fn::If can use only the conditions the template's Conditions section declares; CloudFormation refuses the template before it creates anything.",
    };

    /// <summary>A <c>${Name}</c> variable of <c>Fn::Sub</c> that names nothing (cfn-lint E1019).</summary>
    public static readonly Constraint UnknownSubVariable = new(
        "BKP9141", null, Severity.Error,
        "A Fn::Sub variable that names nothing",
        "{0} has '${{{1}}}' in Fn::Sub, which is not a parameter, a resource, a resource attribute, a pseudo parameter or a variable of the Sub{2}. CloudFormation rejects the template; fix the name, or write '${{!{1}}}' for the literal text.",
        "CloudFormation Fn::Sub (variables are parameters, logical IDs, LogicalId.Attribute, pseudo parameters or keys of the variable map; ${!Literal} is literal text); cfn-lint E1019",
        UserGuide + "intrinsic-function-reference-sub.html")
    {
        Why = "CloudFormation resolves every ${Name} of a Sub string when it processes the template; a name it cannot resolve makes it refuse the template.",
    };

    /// <summary>A defect of Backup.Iac met while reading the file (reported instead of a stack trace).</summary>
    public static readonly Constraint InternalError = new(
        "BKP9199", null, Severity.Error,
        "Backup.Iac failed while reading the file",
        "Backup.Iac failed while checking this file ({0}). This is a defect of Backup.Iac, not of the file: please report it with the file attached.",
        "backup-iac lint",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html");

    /// <summary>All import rules.</summary>
    public static IReadOnlyList<Constraint> All { get; } =
        [Unreadable, FileNotRead, NotATemplate, NotARegularFile, FolderUnreadable, LinkNotFollowed, UnknownProperty, WrongType, MissingRequired, NotAllowedValue, OutOfBounds, UnknownType, UndefinedReference, UnknownAttribute, NotModelled, InvalidLogicalId, UndeclaredCondition, UnknownSubVariable, InternalError];
}
