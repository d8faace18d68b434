namespace LiveSales.GraphQL.Utilities;

/// <summary>Compares strings with runs of digits compared by value ("a2" before "a10"), as graphql-js orders suggestions.</summary>
public static class NaturalCompare
{
    public static int Compare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int ai = 0;
        int bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai];
            int bc = b[bi];
            if (char.IsAsciiDigit((char)ac) && char.IsAsciiDigit((char)bc))
            {
                long aNum = 0;
                do
                {
                    ai++;
                    aNum = (aNum * 10) + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                }
                while (ac >= '0' && ac <= '9' && aNum > 0);

                long bNum = 0;
                do
                {
                    bi++;
                    bNum = (bNum * 10) + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                }
                while (bc >= '0' && bc <= '9' && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }
}
