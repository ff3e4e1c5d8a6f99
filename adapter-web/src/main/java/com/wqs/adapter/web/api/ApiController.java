package com.wqs.adapter.web.api;

/** A group of API routes; each declares its routes with their documentation. */
interface ApiController {
    void routes(ApiRoutes api);
}
