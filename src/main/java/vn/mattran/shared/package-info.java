/** Small technical pieces every module uses: text folding, formats, database, audit log, security, web. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.mattran.shared;
