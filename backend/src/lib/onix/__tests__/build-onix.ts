/** Builds small ONIX 3.0 documents for tests: one product with just the parts a test is about. */

export interface ProductParts {
  ref?: string
  identifiers?: string
  form?: string
  formDetails?: string
  title?: string
  descriptive?: string
  collateral?: string
  publishing?: string
  prices?: string
  related?: string
  notification?: string
}

export const isbnId = (isbn: string, type = "15"): string =>
  `<ProductIdentifier><ProductIDType>${type}</ProductIDType><IDValue>${isbn}</IDValue></ProductIdentifier>`

export const titleXml = (title: string, subtitle?: string): string =>
  `<TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel>` +
  `<TitleText>${title}</TitleText>${subtitle ? `<Subtitle>${subtitle}</Subtitle>` : ""}</TitleElement></TitleDetail>`

export const contributorXml = (sequence: number, roles: string[], nameXml: string): string =>
  `<Contributor><SequenceNumber>${sequence}</SequenceNumber>` +
  roles.map((r) => `<ContributorRole>${r}</ContributorRole>`).join("") +
  `${nameXml}</Contributor>`

export const priceXml = (amount: string, currency?: string, type = "02"): string =>
  `<Price><PriceType>${type}</PriceType><PriceAmount>${amount}</PriceAmount>` +
  `${currency ? `<CurrencyCode>${currency}</CurrencyCode>` : ""}</Price>`

export function productXml(parts: ProductParts = {}): string {
  return `<Product>
    <RecordReference>${parts.ref ?? "TEST-1"}</RecordReference>
    <NotificationType>${parts.notification ?? "03"}</NotificationType>
    ${parts.identifiers ?? isbnId("9781999990114")}
    <DescriptiveDetail>
      <ProductForm>${parts.form ?? "BC"}</ProductForm>
      ${parts.formDetails ?? ""}
      ${parts.title ?? titleXml("Reason in Revolt")}
      ${parts.descriptive ?? ""}
    </DescriptiveDetail>
    ${parts.collateral ? `<CollateralDetail>${parts.collateral}</CollateralDetail>` : ""}
    <PublishingDetail>${parts.publishing ?? "<PublishingStatus>04</PublishingStatus>"}</PublishingDetail>
    ${parts.related ? `<RelatedMaterial>${parts.related}</RelatedMaterial>` : ""}
    <ProductSupply><SupplyDetail><ProductAvailability>21</ProductAvailability>
      ${parts.prices ?? priceXml("9.95", "GBP")}
    </SupplyDetail></ProductSupply>
  </Product>`
}

export function messageXml(products: string[], header = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ONIXMessage xmlns="http://ns.editeur.org/onix/3.0/reference" release="3.0">
  <Header><Sender><SenderName>Test</SenderName></Sender>${header}</Header>
  ${products.join("\n")}
</ONIXMessage>`
}
