namespace Backup.Iac;

/// <summary>
/// How serious a diagnostic is. The catalog gives each code one severity by this policy (docs/catalog-notes.md,
/// "Severity policy"); a code whose certainty depends on whether the facts are known is split into two codes.
/// </summary>
public enum Severity
{
    /// <summary>
    /// Context or advice: what the template cannot show (an organization-wide Config recorder, a delegated
    /// administrator, a key policy or a vault of another account), or a documented behaviour worth knowing where
    /// nothing is lost. Printed under <c>--verbose</c>; never fails a run.
    /// </summary>
    Info,

    /// <summary>
    /// A real risk the user should act on: the configuration deploys, and from what the app or template shows, some
    /// jobs may fail, data may be kept shorter or longer than meant, or a later change or deletion may fail. Fails
    /// the run only under <c>--strict</c>; can be acknowledged with a reason.
    /// </summary>
    Warning,

    /// <summary>
    /// AWS refuses it (at the API or at deploy), or the tool proves from known values (both ends in the app or the
    /// template, literal values) that every affected backup, copy or restore-test job fails, as the catalog's
    /// <c>[RUNTIME-FAIL]</c> rows say. Synth writes nothing; errors cannot be acknowledged.
    /// </summary>
    Error,
}
