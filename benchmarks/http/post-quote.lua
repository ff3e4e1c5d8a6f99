-- POST /api/v1/quotes with 10 lines (8 windows, 2 material lines) as a SALES user with a bearer token.
-- Needs TOKEN and CUSTOMER_ID in the environment (benchmarks/http.sh sets them).
local token = os.getenv("TOKEN")
local customer = os.getenv("CUSTOMER_ID")
-- The catalogue codes (the API tests' fixture by default; benchmarks/multi-instance.sh names the demo's).
local product = os.getenv("PRODUCT") or "SLD-2L"
local glass = os.getenv("GLASS") or "GL-CLR6"
local sealant = os.getenv("SEALANT") or "CN-SIL"
local rollers = os.getenv("ROLLERS") or "HW-ROLL"

local lines = {}
for i = 1, 8 do
  lines[#lines + 1] = string.format(
    '{"type":"WINDOW","productCode":"%s","glassCode":"%s","colour":"WHITE","widthMm":%d,"heightMm":%d,"quantity":%d}',
    product, glass, 1000 + i * 100, 800 + i * 50, 1 + i % 3)
end
lines[#lines + 1] = '{"type":"MATERIAL","materialCode":"' .. sealant .. '","quantity":"3"}'
lines[#lines + 1] = '{"type":"MATERIAL","materialCode":"' .. rollers .. '","quantity":"8"}'

wrk.method = "POST"
wrk.body = '{"customerId":"' .. customer .. '","lines":[' .. table.concat(lines, ",") ..
  '],"rates":{"profitMargin":"0.25","indirectRate":"0.15","discountRate":"0.05","taxRate":"0.16","glassWaste":"0.05"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
