"""Checks of the contract document (tests/emulator/contract/openapi.yaml) on its own, without a server.

Each rule is a function that returns a list of problems, so the same rule is run on the real document
(expecting no problems) and on a deliberately broken copy (expecting the problem to be found).
"""
import copy
import re
from pathlib import Path

import pytest
import yaml

CONTRACT_DIR = Path(__file__).resolve().parent.parent / 'contract'
DOC_PATH = CONTRACT_DIR / 'openapi.yaml'
CONVENTIONS_PATH = CONTRACT_DIR / 'CONVENTIONS.md'

TAGS = [
    'Settings Application', 'Settings ApplicationCountry', 'Settings ApplicationCulture',
    'Settings ApplicationCurrency', 'Settings ApplicationSalesArea', 'Settings ClientAssortment',
    'Settings ClientCurrency', 'Settings ClientSalesArea', 'Category', 'CategoryParametric', 'Customer Flag',
    'Customer FlagGroup', 'Customer InfoType', 'Parametric', 'Parametric Group', 'Parametric List',
    'Parametric Multiple', 'PriceList', 'PriceList ClientPriceListType', 'PriceList Population',
    'PriceList PriceListType', 'PriceList Pricing', 'PriceList RoundingRule', 'PriceList SupplierPriceList',
    'PriceList Warehouse', 'Product Family', 'Product File', 'Product Flag', 'Product FlagGroup',
    'Product InfoType', 'Product Manufacturer', 'Product RelationType', 'Product Type', 'Product VariantGroup',
    'Product Warehouse', 'Product WarehouseLocation', 'Promotion', 'Shopping InfoType', 'Store',
    'Store Application', 'Store PriceList', 'Store Warehouse', 'Supplier', 'Supplier PriceList',
    'Supplier PriceListWarehouse', 'Supplier Warehouse', 'Supplier WarehouseLocation',
]
ACTIONS = {'list', 'get', 'insert', 'update', 'delete', 'list-deleted', 'custom'}
HOOKS = {'parametric_value_type', 'category_tree', 'sales_area_vat', 'client_currency_rate', 'price_list_rules',
         'rounding_settings', 'promotion_rules', 'store_rules', 'supplier_rules', 'warehouse_rules'}
COLLECTION_KEYS = {'schema', 'id', 'scope', 'description', 'parent', 'unique', 'references', 'required_on_insert',
                   'soft_delete', 'localized', 'lookups', 'primary', 'at_most_one', 'updatable', 'hooks', 'seed'}
SCOPES = {'client', 'application', 'system'}
METHODS = {'get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'}
HEADER_REFS = {'#/components/parameters/AccountId', '#/components/parameters/ApplicationId'}
ERROR_RESPONSES = {'400': 'BadRequest', '401': 'Unauthorized', '403': 'Forbidden', '404': 'NotFound'}
# Schemas named in Norce's reference (oldest sidebar plus later additions).
NORCE_SCHEMAS = """
PromotionListModel InfoModel CategoryModel SalesAreaVatCodeModel CategoryCultureModel IdNameCodeModel
CategoryParametricModel IdNameModel IdNameChangedModel CustomerFlagModel CustomerFlagCultureModel
CustomerFlagGroupModel CustomerFlagGroupCultureModel CustomerInfoTypeModel CustomerInfoTypeCultureModel
PromotionCultureModel ParametricModel ParametricCultureModel ParametricGroupModel ParametricGroupCultureModel
ParametricListModel ParametricListCultureModel ParametricMultipleModel ParametricMultipleCultureModel
PriceListModel PriceListPopulationModel PriceListPopulationCategoryModel PriceListPricingModel
PriceListSupplierPricelistModel PriceListWarehouseModel FamilyModel FamilyCultureModel FileModel FileCultureModel
FlagModel FlagCultureModel FlagGroupModel FlagGroupCultureModel ProductInfoTypeModel ProductInfoTypeCultureModel
ManufacturerModel ManufacturerCultureModel RelationTypeModel RelationTypeCultureModel ProductTypeModel
ProductTypeCultureModel VariantGroupModel VariantTypeModel VariantGroupCultureModel VariantTypeCultureModel
WarehouseModel WarehouseLocationModel PromotionModel PromotionRequirementSettingModel PromotionEffectSettingModel
PromotionRequirementProductListModel PromotionEffectProductListModel PromotionUniqueDiscountCodeModel
ApplicationModel ApplicationCountryModel ApplicationCultureModel UpdateApplicationCultureModel
ApplicationCurrencyModel ApplicationSalesAreaModel ClientAssortmentModel ClientAssortmentCultureModel
ClientCurrencyModel UpdateClientCurrencyModel ClientSalesAreaModel ClientSalesAreaVatCodeModel
ShoppingInfoTypeModel ShoppingInfoTypeCultureModel StoreModel DivisionCultureModel StoreApplicationModel
StorePriceListModel StoreWarehouseModel SupplierModel SupplierPriceListModel SupplierPriceListWarehouseModel
SupplierWarehouseModel SupplierWarehouseLocationModel
ProductFlagModel ProductFlagCultureModel UpdateApplicationCurrencyModel UpdateApplicationSalesAreaModel
ClientPriceListTypeModel ClientPriceListTypeCultureModel RoundingRuleModel RoundingTestPair RoundingRuleSettingModel
IRoundingRuleSetting CopyToApplicationResult PromotionStatisticsModel PriceListTypeModel PriceListTypeCultureModel
""".split()


# ------------------------------------------------------------------------------------------------ loading
@pytest.fixture(scope='module')
def doc():
    with DOC_PATH.open(encoding='utf-8') as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope='module')
def conventions():
    return CONVENTIONS_PATH.read_text(encoding='utf-8')


def operations(doc):
    for path, item in doc['paths'].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


def schema_ref_name(schema):
    """Model name of a schema that is a $ref or an array of $ref; None otherwise."""
    if not isinstance(schema, dict):
        return None
    if schema.get('type') == 'array':
        schema = schema.get('items', {})
    ref = schema.get('$ref', '')
    return ref.rsplit('/', 1)[-1] if ref.startswith('#/components/schemas/') else None


def json_body(op_or_response):
    return (op_or_response.get('content') or {}).get('application/json', {}).get('schema')


def resolve(doc, ref):
    if not ref.startswith('#/'):
        return None
    node = doc
    for part in ref[2:].split('/'):
        part = part.replace('~1', '/').replace('~0', '~')
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def walk(node, path=()):
    """Yield (path, dict) for every mapping in the document."""
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from walk(v, path + (str(k),))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (str(i),))


def schema_props(doc, name):
    return doc['components']['schemas'][name].get('properties', {})


def field_target(doc, target):
    """Split a reference target 'collection' or 'collection.Field' into (collection, field or None)."""
    coll, dot, field = target.partition('.')
    return coll, (field or None)


# ------------------------------------------------------------------------------------------------ rules
def check_tags(doc):
    problems = []
    names = [t['name'] for t in doc.get('tags', [])]
    if len(names) != 47:
        problems.append('expected 47 tags, found %d' % len(names))
    if len(set(names)) != len(names):
        problems.append('duplicate tag names')
    if set(names) != set(TAGS):
        problems.append('tag names differ: missing %s, extra %s'
                        % (sorted(set(TAGS) - set(names)), sorted(set(names) - set(TAGS))))
    for t in doc.get('tags', []):
        if not t.get('description'):
            problems.append('tag %s has no description' % t['name'])
    used = {tag for path, method, op in operations(doc) for tag in op.get('tags', [])}
    for name in names:
        if name not in used:
            problems.append('tag %s is used by no operation' % name)
    return problems


def check_operations(doc):
    problems = []
    colls = doc.get('x-emulator-collections', {})
    seen_ids = {}
    for path, method, op in operations(doc):
        where = '%s %s' % (method.upper(), path)
        if method == 'patch':
            problems.append('%s: PATCH is not part of the API' % where)
        if not path.startswith('/api/'):
            problems.append('%s: path must start with /api/' % where)
        opid = op.get('operationId')
        if not opid or not re.match(r'^[A-Za-z]+Api_[A-Za-z]+$', opid):
            problems.append('%s: missing or malformed operationId %r' % (where, opid))
        elif opid in seen_ids:
            problems.append('%s: operationId %s also used by %s' % (where, opid, seen_ids[opid]))
        else:
            seen_ids[opid] = where
        tags = op.get('tags', [])
        if len(tags) != 1 or tags[0] not in TAGS:
            problems.append('%s: needs exactly one known tag, has %r' % (where, tags))
        if not op.get('summary'):
            problems.append('%s: no summary' % where)
        src = op.get('x-norce-source')
        if src not in ('S', 'O', 'I'):
            problems.append('%s: x-norce-source must be S, O or I' % where)
        elif bool(op.get('x-inferred')) != (src in ('O', 'I')):
            problems.append('%s: x-inferred must be true exactly for O and I rows' % where)
        # parameters
        params = op.get('parameters', [])
        refs = {p.get('$ref') for p in params if '$ref' in p}
        if not HEADER_REFS <= refs:
            problems.append('%s: header parameters AccountId/ApplicationId missing' % where)
        templ = re.findall(r'{(\w+)}', path)
        declared = {p['name']: p for p in params if p.get('in') == 'path'}
        if set(templ) != set(declared):
            problems.append('%s: path parameters %s declared as %s' % (where, templ, sorted(declared)))
        for p in declared.values():
            sch = p.get('schema', {})
            if not p.get('required') or not (sch == {'type': 'string'} or
                                             (sch.get('type') == 'integer' and sch.get('format') == 'int32')):
                problems.append('%s: path parameter %s must be required integer/int32 or string' % (where, p['name']))
        # responses
        responses = op.get('responses', {})
        if '200' not in responses:
            problems.append('%s: no 200 response' % where)
        for code, name in ERROR_RESPONSES.items():
            if responses.get(code, {}).get('$ref') != '#/components/responses/' + name:
                problems.append('%s: response %s must refer to %s' % (where, code, name))
        # x-emulator
        x = op.get('x-emulator') or {}
        action, coll = x.get('action'), x.get('collection')
        if action not in ACTIONS:
            problems.append('%s: unknown x-emulator action %r' % (where, action))
            continue
        if coll not in colls:
            problems.append('%s: x-emulator collection %r does not exist' % (where, coll))
            continue
        if (action == 'custom') != bool(x.get('handler')):
            problems.append('%s: handler is required for custom actions and only for them' % where)
        c = colls[coll]
        model_props = set(schema_props(doc, c['schema'])) if c.get('schema') in doc['components']['schemas'] \
            else set()
        body = json_body(op.get('requestBody') or {})
        resp = json_body(responses.get('200', {}))
        if action in ('insert', 'update'):
            name = schema_ref_name(body)
            if not name or (body.get('type') == 'array'):
                problems.append('%s: %s needs a single-model JSON body' % (where, action))
            elif not set(schema_props(doc, name)) <= model_props:
                problems.append('%s: body model %s has fields the stored model lacks' % (where, name))
        elif action != 'custom' and op.get('requestBody'):
            problems.append('%s: %s takes no body' % (where, action))
        if action in ('list', 'list-deleted', 'get', 'insert', 'update'):
            name = schema_ref_name(resp)
            is_array = isinstance(resp, dict) and resp.get('type') == 'array'
            wants_array = action in ('list', 'list-deleted') or x.get('wrap') == 'array'
            if not name:
                problems.append('%s: 200 response needs a model' % where)
            else:
                if is_array != wants_array:
                    problems.append('%s: 200 response array-ness is wrong for %s' % (where, action))
                if not set(schema_props(doc, name)) <= model_props:
                    problems.append('%s: response model %s has fields the stored model lacks' % (where, name))
        if action in ('get', 'delete', 'list', 'list-deleted', 'insert', 'update') and method != (
                {'insert': 'post', 'update': 'put', 'delete': 'delete'}.get(action, 'get')):
            problems.append('%s: method does not fit action %s' % (where, action))
        if action in ('get', 'update', 'delete'):
            if not templ:
                problems.append('%s: %s needs an id path parameter' % (where, action))
            elif c.get('parent') and templ[-1] == c['parent']['param']:
                problems.append('%s: last path parameter must address the item, not the parent' % where)
        if action == 'list-deleted':
            if not path.endswith('/deleted'):
                problems.append('%s: list-deleted paths end with /deleted' % where)
            if not c.get('soft_delete'):
                problems.append('%s: list-deleted on a collection without soft_delete' % where)
        if action == 'delete' and responses.get('200', {}).get('content'):
            problems.append('%s: delete answers without a body' % where)
        if c.get('parent') and c['parent']['param'] not in templ:
            problems.append('%s: nested collection %s needs {%s} in the path' % (where, coll, c['parent']['param']))
        for qname, field in (x.get('query_filters') or {}).items():
            if not any(p.get('in') == 'query' and p.get('name') == qname for p in params):
                problems.append('%s: query filter %s is not a query parameter' % (where, qname))
            if field not in model_props:
                problems.append('%s: query filter field %s not in the model' % (where, field))
        if x.get('wrap') not in (None, 'array'):
            problems.append('%s: unknown wrap %r' % (where, x['wrap']))
    return problems


def check_schemas(doc):
    problems = []
    schemas = doc['components']['schemas']
    for name, sch in schemas.items():
        if sch.get('type') != 'object':
            problems.append('%s: not an object schema' % name)
        if sch.get('additionalProperties') is not False:
            problems.append('%s: additionalProperties must be false' % name)
        if not sch.get('description'):
            problems.append('%s: no description' % name)
    for path, node in walk(schemas):
        if 'properties' in node and isinstance(node['properties'], dict) and node.get('type') == 'object':
            where = '/'.join(path)
            if node.get('additionalProperties') is not False:
                problems.append('%s: additionalProperties must be false' % where)
            for req in node.get('required', []):
                if req not in node['properties']:
                    problems.append('%s: required %s is not a property' % (where, req))
                elif node['properties'][req].get('readOnly'):
                    problems.append('%s: required %s is read-only (use x-norce-required)' % (where, req))
            for pname, prop in node['properties'].items():
                if '$ref' not in prop and 'type' not in prop:
                    problems.append('%s.%s: no type' % (where, pname))
    return problems


def check_refs(doc):
    problems = []
    for path, node in walk(doc):
        ref = node.get('$ref')
        if isinstance(ref, str) and resolve(doc, ref) is None:
            problems.append('%s: $ref %s does not resolve' % ('/'.join(path), ref))
    return problems


def check_localized_models(doc):
    """Rendered and inherited fields are read-only; culture models follow the pattern."""
    problems = []
    schemas = doc['components']['schemas']
    culture_models = {schema_ref_name(sch['properties']['Cultures']) for sch in schemas.values()
                      if 'Cultures' in sch.get('properties', {})}
    if len(culture_models) < 20:
        problems.append('expected the localized models to list their culture models in Cultures')
    for name, sch in schemas.items():
        props = sch.get('properties', {})
        for pname, prop in props.items():
            if pname in ('Changed', 'ChangedBy') and not prop.get('readOnly'):
                problems.append('%s.%s must be read-only' % (name, pname))
        if name in culture_models:
            if props.get('CultureCode', {}).get('maxLength') != 16:
                problems.append('%s.CultureCode needs maxLength 16' % name)
            if not props.get('IsTranslated', {}).get('readOnly'):
                problems.append('%s.IsTranslated must be read-only' % name)
            continue
        for pname in props:
            if pname.startswith('Default') and pname[7:] in props:
                base = pname[7:]
                if not props[base].get('readOnly'):
                    problems.append('%s.%s (rendered) must be read-only' % (name, base))
                if props[pname].get('readOnly') and base != 'FullName':
                    problems.append('%s.%s must be writable' % (name, pname))
                inh = 'Is%sInherited' % base
                if inh in props and not props[inh].get('readOnly'):
                    problems.append('%s.%s must be read-only' % (name, inh))
    return problems


def check_collections(doc, conventions_text=None):
    problems = []
    colls = doc.get('x-emulator-collections')
    if not isinstance(colls, dict) or not colls:
        return ['x-emulator-collections is missing']
    schemas = doc['components']['schemas']

    def props_of(cname):
        return schemas.get(colls.get(cname, {}).get('schema'), {}).get('properties', {})

    def target_ok(where, target, field_required=False):
        coll, field = field_target(doc, target)
        if coll not in colls:
            problems.append('%s: unknown collection %s' % (where, coll))
        elif field and field not in props_of(coll):
            problems.append('%s: %s has no field %s' % (where, coll, field))
        return coll

    used = set()
    for path, method, op in operations(doc):
        used.add((op.get('x-emulator') or {}).get('collection'))
    for cname, c in colls.items():
        where = 'collection %s' % cname
        extra = set(c) - COLLECTION_KEYS
        if extra:
            problems.append('%s: unknown keys %s' % (where, sorted(extra)))
        if c.get('schema') not in schemas:
            problems.append('%s: schema %r does not exist' % (where, c.get('schema')))
            continue
        props = schemas[c['schema']]['properties']
        if c.get('scope') not in SCOPES:
            problems.append('%s: scope must be one of %s' % (where, sorted(SCOPES)))

        def need(field, what):
            if field not in props:
                problems.append('%s: %s field %s not in %s' % (where, what, field, c['schema']))
                return False
            return True

        need(c.get('id'), 'id')
        par = c.get('parent')
        if par:
            if set(par) != {'param', 'field', 'collection'}:
                problems.append('%s: parent needs param, field and collection' % where)
            else:
                if need(par['field'], 'parent') and par['field'] in schemas[c['schema']].get('required', []):
                    problems.append('%s: parent field %s is set from the path; mark it x-norce-required, not required'
                                    % (where, par['field']))
                if par['collection'] not in colls:
                    problems.append('%s: parent collection %s does not exist' % (where, par['collection']))
        for tup in c.get('unique', []):
            if not isinstance(tup, list) or not tup:
                problems.append('%s: unique entries are non-empty lists' % where)
                continue
            for f in tup:
                need(f, 'unique')
        for f, target in (c.get('references') or {}).items():
            need(f, 'references')
            target_ok('%s references %s' % (where, f), target)
        for f in c.get('required_on_insert', []):
            if need(f, 'required_on_insert') and props[f].get('readOnly'):
                problems.append('%s: required_on_insert field %s is read-only' % (where, f))
        if 'soft_delete' in c and need(c['soft_delete'], 'soft_delete') and \
                props[c['soft_delete']].get('type') != 'boolean':
            problems.append('%s: soft_delete field must be boolean' % where)
        for f in c.get('localized', []):
            for g in (f, 'Default' + f, 'Is%sInherited' % f):
                need(g, 'localized')
        for f, spec in (c.get('lookups') or {}).items():
            if need(f, 'lookups') and not props[f].get('readOnly'):
                problems.append('%s: lookup field %s must be read-only' % (where, f))
            if not (isinstance(spec, list) and len(spec) == 3):
                problems.append('%s: lookup %s must be [source_field, collection, target_field]' % (where, f))
                continue
            need(spec[0], 'lookup source')
            tc = target_ok('%s lookup %s' % (where, f), spec[1])
            if tc in colls and spec[2] not in props_of(tc):
                problems.append('%s: lookup %s target field %s not in %s' % (where, f, spec[2], tc))
        for key in ('primary',):
            if key in c and need(c[key], key) and props[c[key]].get('type') != 'boolean':
                problems.append('%s: %s field must be boolean' % (where, key))
        for f in c.get('at_most_one', []):
            if need(f, 'at_most_one') and props[f].get('type') != 'boolean':
                problems.append('%s: at_most_one field %s must be boolean' % (where, f))
        for f in c.get('updatable', []):
            if need(f, 'updatable') and props[f].get('readOnly'):
                problems.append('%s: updatable field %s is read-only' % (where, f))
        for h in c.get('hooks', []):
            if h not in HOOKS:
                problems.append('%s: unknown hook %s' % (where, h))
            elif conventions_text is not None and '`%s`' % h not in conventions_text:
                problems.append('%s: hook %s is not described in CONVENTIONS.md' % (where, h))
        seen = set()
        for item in c.get('seed', []):
            for f in item:
                need(f, 'seed')
            key = item.get(c.get('id'))
            if key is None and not props.get(c.get('id'), {}).get('readOnly'):
                problems.append('%s: seed item without id %s' % (where, c.get('id')))
            if key is not None and key in seen:
                problems.append('%s: seed id %r repeated' % (where, key))
            seen.add(key)
        if c['scope'] == 'system' and not c.get('seed'):
            problems.append('%s: system collections need seed data' % where)
        if c['scope'] == 'application' and not c.get('primary'):
            problems.append('%s: application settings have a primary item' % where)
    referenced = set()
    for c in colls.values():
        referenced |= {field_target(doc, t)[0] for t in (c.get('references') or {}).values()}
        referenced |= {field_target(doc, s[1])[0] for s in (c.get('lookups') or {}).values() if len(s) == 3}
        if c.get('parent'):
            referenced.add(c['parent']['collection'])
    for cname in colls:
        if cname not in used and cname not in referenced:
            problems.append('collection %s is used by no operation and no other collection' % cname)
    return problems


def check_handlers_documented(doc, conventions_text):
    problems = []
    for path, method, op in operations(doc):
        handler = (op.get('x-emulator') or {}).get('handler')
        if handler and '`%s`' % handler not in conventions_text:
            problems.append('%s %s: handler %s is not described in CONVENTIONS.md' % (method, path, handler))
    return problems


# ------------------------------------------------------------------------------------------------ tests
def test_document_is_valid_openapi_3_0(doc):
    from openapi_spec_validator import validate
    assert doc['openapi'] == '3.0.3'
    validate(doc)


def test_servers_are_the_three_norce_environments(doc):
    urls = [s['url'] for s in doc['servers']]
    assert len(urls) == 3
    assert all(u.startswith('https://{slug}.api-se.') and u.endswith('/commerce/management/1.0') for u in urls)
    assert {u.split('.')[2] for u in urls} == {'playground', 'stage', 'norce'}


def test_header_parameters(doc):
    params = doc['components']['parameters']
    assert params['AccountId']['name'] == 'account-id'
    assert params['ApplicationId']['name'] == 'application-id'
    for p in (params['AccountId'], params['ApplicationId']):
        assert p['in'] == 'header' and p['required'] is True
        assert p['schema'] == {'type': 'integer', 'format': 'int32'}


def test_problem_details_and_error_responses(doc):
    pd = doc['components']['schemas']['ProblemDetails']['properties']
    assert {'type', 'title', 'status', 'errors', 'traceId'} <= set(pd)
    for name in ERROR_RESPONSES.values():
        schema = doc['components']['responses'][name]['content']['application/json']['schema']
        assert schema == {'$ref': '#/components/schemas/ProblemDetails'}


def test_tags(doc):
    assert check_tags(doc) == []


def test_operations(doc):
    assert check_operations(doc) == []


def test_operation_count_and_sources(doc):
    ops = list(operations(doc))
    sources = [op['x-norce-source'] for path, method, op in ops]
    assert len(ops) >= 131
    assert sources.count('S') >= 60  # every row seen on Norce's reference


def test_schemas(doc):
    assert check_schemas(doc) == []


def test_every_norce_schema_is_present(doc):
    missing = [n for n in NORCE_SCHEMAS if n not in doc['components']['schemas']]
    assert missing == []


def test_refs_resolve(doc):
    assert check_refs(doc) == []


def test_localized_models(doc):
    assert check_localized_models(doc) == []


def test_collections(doc, conventions):
    assert check_collections(doc, conventions) == []


def test_handlers_are_documented(doc, conventions):
    assert check_handlers_documented(doc, conventions) == []


def test_seen_operations_keep_norce_paths(doc):
    """A sample of S rows exactly as Norce documents them."""
    expected = {
        ('get', '/api/product/flag/{id}'): 'ProductFlagApi_Get',
        ('put', '/api/product/flaggroup/{id}'): 'ProductFlagGroupApi_Update',
        ('delete', '/api/application/culture/{cultureCode}'): 'ApplicationCultureApi_Delete',
        ('get', '/api/product/infotype/{groupId}/item/{id}'): 'ProductInfoTypeApi_GetItem',
        ('get', '/api/order/infotype/shopping/{groupId}/{itemId}'): 'ShoppingInfoTypeApi_Get',
        ('get', '/api/customer/group/{id}'): 'CustomerFlagGroupApi_Get',
        ('get', '/api/product/variant-group/{id}'): 'VariantGroupApi_Get',
        ('get', '/api/pricing/clientpricelisttype'): 'ManagementClientPriceListTypeApi_List',
    }
    for (method, path), opid in expected.items():
        op = doc['paths'][path][method]
        assert op['operationId'] == opid
        assert op['x-norce-source'] == 'S' and not op.get('x-inferred')
    # Norce types supplierId as a string on this one operation.
    params = doc['paths']['/api/supplier/{supplierId}/pricelist/{id}']['get']['parameters']
    assert [p['schema'] for p in params if p.get('name') == 'supplierId'] == [{'type': 'string'}]
    query = [p for p in doc['paths']['/api/category/{categoryId}/parametric']['get']['parameters']
             if p.get('in') == 'query']
    assert [(q['name'], q['schema']['type']) for q in query] == [('isRequired', 'boolean')]


def test_product_flag_contract(doc):
    props = doc['components']['schemas']['ProductFlagModel']['properties']
    assert props['TypeId']['enum'] == [1, 2]
    assert props['Code']['maxLength'] == 50
    assert {'TypeId', 'GroupId', 'Code'} <= set(doc['components']['schemas']['ProductFlagModel']['required'])
    assert props['Id']['readOnly'] and props['GroupName']['readOnly'] and props['Name']['readOnly']
    assert props['DefaultName']['maxLength'] == 50 and not props['DefaultName'].get('readOnly')
    culture = doc['components']['schemas']['ProductFlagCultureModel']['properties']
    assert not culture['Name'].get('readOnly') and not culture['IsNameInherited'].get('readOnly')
    coll = doc['x-emulator-collections']['product_flag']
    assert {'Code', 'GroupId', 'TypeId', 'DefaultName'} <= set(coll['required_on_insert'])
    assert coll['references'] == {'GroupId': 'product_flag_group'}
    assert coll['soft_delete'] == 'IsActive' and ['Code'] in coll['unique']
    group = doc['components']['schemas']['FlagGroupModel']['properties']
    assert {'Code', 'IsMultipleChoice', 'IsFavorite'} <= set(group)
    deleted = doc['paths']['/api/product/flag/deleted']['get']
    assert deleted['x-emulator'] == {'action': 'list-deleted', 'collection': 'product_flag'}
    assert deleted['x-inferred'] is True


def test_application_settings_contract(doc):
    colls = doc['x-emulator-collections']
    for name in ('application_country', 'application_culture', 'application_currency', 'application_sales_area'):
        assert colls[name]['scope'] == 'application'
        assert colls[name]['primary'] == 'IsPrimary'
    assert colls['application_culture']['id'] == 'CultureCode'
    assert colls['application_culture']['references'] == {'CultureCode': 'system_culture.Code'}
    assert colls['application_country']['references'] == {'Id': 'system_country'}
    assert colls['application_currency']['updatable'] == ['IsPrimary', 'IsActive']
    assert set(colls['application_sales_area']['updatable']) == {'Code', 'IsPrimary', 'IsActive'}
    schemas = doc['components']['schemas']
    assert not schemas['ApplicationCountryModel']['properties']['Id'].get('readOnly')
    assert not schemas['ApplicationCurrencyModel']['properties']['Id'].get('readOnly')
    for name in ('system_country', 'system_currency', 'system_culture'):
        assert colls[name]['scope'] == 'system'
        assert not any(op['x-emulator']['collection'] == name for path, method, op in operations(doc))


# ------------------------------------------------------------------------------------------------ the rules bite
def _first(doc, pred):
    for path, method, op in operations(doc):
        if pred(path, method, op):
            return op
    raise AssertionError('no operation matches')


def test_rules_detect_broken_documents(doc):
    broken = copy.deepcopy(doc)
    broken['tags'].pop()
    assert check_tags(broken)

    broken = copy.deepcopy(doc)
    op = _first(broken, lambda p, m, o: o['operationId'] == 'ProductFlagApi_Get')
    op['operationId'] = 'ProductFlagApi_Update'
    assert any('also used' in p for p in check_operations(broken))

    broken = copy.deepcopy(doc)
    op = _first(broken, lambda p, m, o: o['operationId'] == 'ProductFlagApi_Get')
    op['parameters'] = [p for p in op['parameters'] if p.get('$ref') != '#/components/parameters/AccountId']
    assert any('header parameters' in p for p in check_operations(broken))

    broken = copy.deepcopy(doc)
    op = _first(broken, lambda p, m, o: o['operationId'] == 'ProductFlagApi_Insert')
    op['x-emulator']['collection'] = 'no_such_collection'
    assert check_operations(broken)

    broken = copy.deepcopy(doc)
    op = _first(broken, lambda p, m, o: o['operationId'] == 'ProductFlagApi_Insert')
    op['x-emulator']['action'] = 'upsert'
    assert check_operations(broken)

    broken = copy.deepcopy(doc)
    op = _first(broken, lambda p, m, o: o['operationId'] == 'ProductFlagApi_Insert')
    op['tags'] = ['Product Flag', 'Product FlagGroup']
    assert check_operations(broken)

    broken = copy.deepcopy(doc)
    del broken['components']['schemas']['FlagGroupModel']['additionalProperties']
    assert check_schemas(broken)

    broken = copy.deepcopy(doc)
    broken['components']['schemas']['FlagGroupModel']['properties']['Cultures']['items']['$ref'] += 'X'
    assert check_refs(broken)

    broken = copy.deepcopy(doc)
    broken['components']['schemas']['FlagGroupModel']['properties']['Name'].pop('readOnly')
    assert check_localized_models(broken)

    for key, value in (('unique', [['NoSuchField']]), ('references', {'GroupId': 'nope'}),
                       ('required_on_insert', ['Id']), ('localized', ['Title']), ('primary', 'IsPrimary'),
                       ('updatable', ['GroupName']), ('hooks', ['made_up_hook']), ('id', 'Key'),
                       ('lookups', {'GroupName': ['GroupId', 'product_flag_group', 'Nope']})):
        broken = copy.deepcopy(doc)
        broken['x-emulator-collections']['product_flag'][key] = value
        assert check_collections(broken), key

    broken = copy.deepcopy(doc)
    broken['components']['schemas']['ParametricListModel']['required'] = ['ParametricId']
    assert any('set from the path' in p for p in check_collections(broken))

    broken = copy.deepcopy(doc)
    broken['x-emulator-collections']['product_flag']['schema'] = 'NoSuchModel'
    assert check_collections(broken)

    assert check_handlers_documented(doc, '') != []
