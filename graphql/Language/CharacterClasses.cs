using System.Runtime.CompilerServices;

namespace LiveSales.GraphQL.Language;

/// <summary>The character classes of the GraphQL lexical grammar.</summary>
internal static class CharacterClasses
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(int c) => c == '\t' || c == ' ';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    /// <summary>A UTF-16 unit that is a whole Unicode scalar value (not a surrogate).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnicodeScalarValue(int c) => (c >= 0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0x10FFFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeadingSurrogate(int c) => c >= 0xD800 && c <= 0xDBFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrailingSurrogate(int c) => c >= 0xDC00 && c <= 0xDFFF;

    /// <summary>True for a valid pair of surrogates at <paramref name="index"/>.</summary>
    public static bool IsSupplementaryCodePoint(string body, int index) =>
        index + 1 < body.Length && IsLeadingSurrogate(body[index]) && IsTrailingSurrogate(body[index + 1]);

    /// <summary>True for a valid GraphQL name.</summary>
    public static bool IsName(string value)
    {
        if (value.Length == 0 || !IsNameStart(value[0]))
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            if (!IsNameContinue(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
