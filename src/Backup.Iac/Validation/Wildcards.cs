namespace Backup.Iac.Validation;

/// <summary>Wildcard matching as AWS Backup's selections and vault selectors use it.</summary>
internal static class Wildcards
{
    /// <summary>Whether <paramref name="value"/> matches a pattern in which <c>*</c> stands for any characters.</summary>
    public static bool Glob(string value, string pattern)
    {
        int v = 0, p = 0, star = -1, mark = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = v;
            }
            else if (p < pattern.Length && pattern[p] == value[v])
            {
                p++;
                v++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
