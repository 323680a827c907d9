// Hosting for Driehoek's tab: one Azure Static Web App that serves the built single-page app
// (dist/) over HTTPS. There is no server side: the app talks to Microsoft Graph from the
// browser with nested app authentication, and all school data stays in the Team's SharePoint
// site. The Static Web App holds only static files and sends the security headers of
// staticwebapp.config.json.
//
// The outputs are read by teamsapp.yml: arm/deploy turns every output into an environment
// variable of the same name (upper case), used by the manifest (TAB_DOMAIN, TAB_ENDPOINT), the
// Entra app manifest (brk-multihub://TAB_DOMAIN) and the deployment token action.

@maxLength(40)
@minLength(2)
@description('Name of the Static Web App (letters, digits and hyphens).')
param resourceBaseName string

@allowed([
  'Free'
  'Standard'
])
@description('Free is enough for one school; Standard adds an SLA and custom authentication.')
param staticWebAppSku string = 'Free'

@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
@description('Region of the resource\'s metadata (the static content itself is served from a global edge). West Europe keeps it in the EU.')
param location string = 'westeurope'

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: resourceBaseName
  location: location
  tags: {
    app: 'driehoek'
  }
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {
    // Content arrives with the SWA CLI and a deployment token (teamsapp.yml, deploy stage);
    // no source repository is linked, so no build runs in Azure and no preview environments exist.
    stagingEnvironmentPolicy: 'Disabled'
    allowConfigFileUpdates: true
  }
}

var siteDomain = staticWebApp.properties.defaultHostname

output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output TAB_DOMAIN string = siteDomain
output TAB_ENDPOINT string = 'https://${siteDomain}'
