using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// A yes/no field that receives anything but true or false gets its French message, and the
/// form is shown again unticked: the framework would otherwise try to show the refused value
/// in the checkbox and fail (a 500).
/// </summary>
public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (type != typeof(bool) && type != typeof(bool?)) return null;
        return new CheckboxBinder(new SimpleTypeModelBinder(type, context.Services.GetRequiredService<ILoggerFactory>()));
    }

    private sealed class CheckboxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0)
                context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: null);
        }
    }
}
