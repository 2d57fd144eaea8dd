using System;
using System.IO;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>A fresh directory under the system temp folder, deleted (best effort) on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory(string purpose)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "isolation-e2e-" + purpose + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
