namespace Kpr.Core.Register;

/// <summary>An append-only column in fixed-size chunks: growing never copies, so staging 100 million rows needs no
/// transient double allocation.</summary>
internal sealed class ChunkedColumn<T>
    where T : unmanaged
{
    private const int Shift = 20;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private readonly List<T[]> _chunks = [];

    public long Count { get; private set; }

    public void Add(T value)
    {
        var within = (int)(Count & Mask);
        if (within == 0 && Count > 0 || _chunks.Count == 0)
        {
            // The first chunk starts small and doubles up to the chunk size, so small registers stay small.
            _chunks.Add(new T[_chunks.Count == 0 ? 256 : ChunkSize]);
        }
        else if (within == _chunks[^1].Length)
        {
            var chunk = _chunks[^1];
            Array.Resize(ref chunk, chunk.Length * 2);
            _chunks[^1] = chunk;
        }
        _chunks[^1][within] = value;
        Count++;
    }

    public T this[long index] => _chunks[(int)(index >> Shift)][index & Mask];

    public long MemoryBytes => _chunks.Sum(c => (long)c.Length) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    public void Clear()
    {
        _chunks.Clear();
        Count = 0;
    }
}
