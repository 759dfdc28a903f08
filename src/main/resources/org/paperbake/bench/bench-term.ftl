<#ftl output_format="HTML" strip_whitespace=true>
<#-- Added by `paperbake bench` only when the site has no term template of its own. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title root=content.rootpath current=content.uri>
  <article class="term">
    <h1>${content.title}</h1>
    <p class="short">${content.short}</p>
    <div class="text">${content.body?no_esc}</div>
  </article>
</@layout.page>
