namespace Backup.Iac.Emit.CloudFormation;

/// <summary>The syntax of an emitted template.</summary>
public enum TemplateFormat
{
    /// <summary>JSON (the default).</summary>
    Json,

    /// <summary>YAML, with long-form intrinsic functions (<c>Fn::GetAtt:</c>).</summary>
    Yaml,
}
