using KnowledgeBase.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace KnowledgeBase.Web.Hosting;

/// <summary>Cleans every posted or queried string before it reaches a form model.</summary>
public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BindingSource?.IsGreedy == true) return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextBinder(new SimpleTypeModelBinder(typeof(string), loggers));
    }

    private sealed class CleanTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.Model is not string text) return;
            var cleaned = TextHygiene.Clean(text);
            if (ReferenceEquals(cleaned, text)) return;
            context.Result = ModelBindingResult.Success(cleaned);
            // A form shown again shows the cleaned text, not what was refused.
            context.ModelState.SetModelValue(context.ModelName, cleaned, cleaned);
        }
    }
}
