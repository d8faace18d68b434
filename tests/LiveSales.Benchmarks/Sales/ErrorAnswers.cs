namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Counts error answers of /graphql as wrong answers (the run goes on, and fails at the end), and keeps
/// the first few to print.
/// </summary>
public sealed class ErrorAnswers
{
    private const int Kept = 3;
    private readonly List<string> _first = [];
    private int _count;

    public Func<Random, Task<bool>> Wrap(Func<Random, Task<bool>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return async random =>
        {
            try
            {
                return await request(random);
            }
            catch (GraphQLAnswerException e)
            {
                lock (_first)
                {
                    _count++;
                    if (_first.Count < Kept)
                    {
                        _first.Add(e.Message);
                    }
                }

                return false;
            }
        };
    }

    public void Print()
    {
        Console.WriteLine($"  error answers: {_count}");
        foreach (var message in _first)
        {
            Console.WriteLine("    " + message);
        }
    }
}
