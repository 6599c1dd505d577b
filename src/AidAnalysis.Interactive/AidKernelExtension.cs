using Microsoft.DotNet.Interactive;

namespace AidAnalysis.Interactive;

/// <summary>Loaded by the kernel from the package's interactive-extensions folder when a notebook adds the package.</summary>
public sealed class AidKernelExtension : IKernelExtension
{
    public Task OnLoadAsync(Kernel kernel)
    {
        NotebookDisplay.Register();
        return Task.CompletedTask;
    }
}
